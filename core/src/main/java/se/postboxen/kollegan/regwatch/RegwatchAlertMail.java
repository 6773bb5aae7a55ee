package se.postboxen.kollegan.regwatch;

/** Regwatch alerts by e-mail, for administrators no chat platform reaches. */
public interface RegwatchAlertMail {

	/**
	 * @throws RuntimeException when the mail cannot be handed over (the job retries)
	 */
	void alert(RegwatchAlertNotice notice);

}
