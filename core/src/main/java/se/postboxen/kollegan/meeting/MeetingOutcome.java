package se.postboxen.kollegan.meeting;

import java.util.Locale;

/**
 * How a meeting ended for Kollegan. Every meeting that is over gets one, so that an empty
 * recap is never silent: the dashboard says why there is none.
 */
public enum MeetingOutcome {

	/** The agent was in the meeting from the start and recorded it. */
	RECORDED,

	/** The agent recorded only part of the meeting (it got in on a later attempt). */
	PARTIAL,

	/** The agent was left in the lobby and no other transcript could be had. */
	LOBBY_TIMEOUT,

	/** The organiser declined consent: the agent left and the meeting's data is gone. */
	CONSENT_DECLINED,

	/** The recap comes from the platform's own transcript. */
	PLATFORM_TRANSCRIPT,

	/** The recap comes from a transcript the organiser uploaded. */
	UPLOADED_TRANSCRIPT,

	/** Nothing to recap: no recording, no platform transcript, nothing uploaded (yet). */
	NO_TRANSCRIPT;

	/** The name used on the wire and in the dashboard ({@code lobby-timeout}). */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Whether a transcript uploaded now may still give the meeting a recap. */
	public boolean awaitsTranscript() {
		return this == NO_TRANSCRIPT || this == LOBBY_TIMEOUT;
	}

}
