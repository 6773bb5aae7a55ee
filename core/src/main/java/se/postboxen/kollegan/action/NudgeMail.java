package se.postboxen.kollegan.action;

/**
 * Nudges by e-mail, for owners no chat platform reaches, and the organiser's word when an
 * action goes unanswered.
 */
public interface NudgeMail {

	/**
	 * @throws RuntimeException when the mail cannot be handed over (the job retries)
	 */
	void nudge(ActionNudge nudge);

	/**
	 * @throws RuntimeException when the mail cannot be handed over (the job retries)
	 */
	void escalate(ActionEscalation escalation);

}
