package se.postboxen.kollegan.bot.web;

/** No such dead job for this tenant; answered 404 like any unknown id. */
public class JobNotFoundException extends RuntimeException {

	public JobNotFoundException() {
		super("Job not found");
	}

}
