package se.postboxen.kollegan.breakglass;

/** Break-glass notices by e-mail, so that they reach people whatever chat they use. */
public interface BreakGlassMail {

	/**
	 * @throws RuntimeException when the mail cannot be handed over (the job retries)
	 */
	void tell(BreakGlassNotice notice);

}
