package se.postboxen.kollegan.attendance;

/**
 * What a meeting platform itself says about a meeting (Zoom's {@code meeting.started},
 * {@code meeting.ended} and {@code recording.completed}; Teams' meeting start and end
 * events): a second witness beside the bot, and the only one when the bot is not in.
 */
public enum PlatformSignal {

	STARTED, ENDED, TRANSCRIPT_READY

}
