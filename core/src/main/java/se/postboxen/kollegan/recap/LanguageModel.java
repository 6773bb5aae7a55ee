package se.postboxen.kollegan.recap;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.transcript.Transcript;

/**
 * Turns a transcript into a recap: the offline extractor by default, a hosted or
 * self-hosted model when one is configured. It only ever sees speech that consent allows.
 */
public interface LanguageModel {

	/**
	 * Relative due dates ("till fredag", "in two weeks") are resolved from the day the
	 * meeting started in {@link Meeting#timeZone()}, which is the tenant's zone unless
	 * the invitation named another; owners are resolved against the meeting's organiser
	 * and participants.
	 * @throws RuntimeException when a remote model cannot be reached (the job retries)
	 */
	RecapDraft draft(Meeting meeting, Transcript transcript);

}
