package se.postboxen.kollegan.regwatch;

/** No such source, topic or item for this tenant; answered as any unknown id. */
public final class RegwatchNotFoundException extends RuntimeException {

	public RegwatchNotFoundException() {
		super("Regwatch: not found");
	}

}
