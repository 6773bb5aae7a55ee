package se.postboxen.kollegan.attendance;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.transcript.Transcript;

/**
 * A service that sends bots into meetings and reports back. Status changes arrive
 * separately, as {@link BotReport}s, through {@link Attendance#reported}.
 */
public interface MeetingBotGateway {

	/**
	 * Sends a bot named {@code botName} to the meeting, to join at {@code joinAt}.
	 * @return the gateway's id of the bot
	 * @throws BotGatewayException when the gateway refuses or cannot be reached
	 */
	String send(MeetingId meetingId, URI joinUrl, Instant joinAt, String botName);

	/** Takes the bot out of the meeting (nothing happens for one already gone). */
	void remove(String botId);

	/**
	 * Deletes what the gateway keeps of the bot's meeting: recording, transcript,
	 * participants (nothing happens for a bot it no longer knows).
	 * @throws BotGatewayException when it cannot be done now, e.g. while the bot is still
	 * leaving (retryable)
	 */
	void deleteRecording(String botId);

	/**
	 * What the bot heard, once the gateway has it ready; empty when the bot recorded
	 * nothing.
	 * @throws BotGatewayException when the gateway cannot be asked now, or the transcript
	 * is still being prepared (retryable)
	 */
	Optional<Transcript> transcript(String botId);

}
