package se.postboxen.kollegan.transcript;

import java.util.Optional;

import se.postboxen.kollegan.meeting.Meeting;

/**
 * A meeting platform's own transcript of a meeting that has ended (Teams through
 * Microsoft Graph, Zoom's cloud recording), for meetings the agent could not attend.
 */
public interface PlatformTranscripts {

	/**
	 * The platform's transcript of the meeting, or empty when this source does not serve
	 * the meeting's platform or the platform has none (not transcribed, not found, or not
	 * shared with Kollegan).
	 * @throws TranscriptUnavailableException when the platform could not be asked now and
	 * asking later may help
	 */
	Optional<Transcript> fetch(Meeting meeting);

}
