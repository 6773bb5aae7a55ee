package se.postboxen.kollegan.chat;

import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.meeting.Meeting;

/**
 * A chat platform that can reach a meeting's participants. Several may be connected; the
 * first that {@link #reaches} a meeting carries its messages. Answers come back through
 * {@link se.postboxen.kollegan.consent.ConsentReplies}.
 */
public interface ChatPlatform {

	/** Whether this platform can post into the meeting (its chat, or its people). */
	boolean reaches(Meeting meeting);

	/**
	 * Posts the consent card to everyone in the meeting, or to one late joiner.
	 * @throws RuntimeException when the platform cannot be reached (the job retries)
	 */
	void postConsentCard(ConsentCard card);

}
