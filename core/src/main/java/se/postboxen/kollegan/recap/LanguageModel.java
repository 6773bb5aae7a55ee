package se.postboxen.kollegan.recap;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.transcript.Transcript;

/**
 * Turns a transcript into a recap: the offline extractor by default, a hosted or
 * self-hosted model when one is configured. It only ever sees speech that consent allows.
 */
public interface LanguageModel {

	/**
	 * @throws RuntimeException when a remote model cannot be reached (the job retries)
	 */
	RecapDraft draft(Meeting meeting, Transcript transcript);

}
