package se.postboxen.kollegan.brief;

/**
 * Briefs by e-mail: the pre-brief to the organiser, the post-brief to each participant.
 */
public interface BriefMail {

	/**
	 * @throws RuntimeException when the mail cannot be handed over (the job retries)
	 */
	void send(BriefLetter letter);

}
