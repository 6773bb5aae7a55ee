package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.attendance.BotGatewayException;
import se.postboxen.kollegan.attendance.MeetingBotGateway;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * An Attendee gateway (the open-source, self-hostable meeting-bot API) over its REST API:
 * {@code POST /api/v1/bots} with {@code meeting_url}, {@code bot_name}, {@code join_at}
 * and {@code metadata}; {@code POST /api/v1/bots/{id}/leave}; and the transcript from
 * {@code GET /api/v1/bots/{id}/transcript} once {@code GET /api/v1/bots/{id}} says the
 * meeting is over and transcribed. Every call goes through {@link GatewayCalls}.
 */
public class AttendeeMeetingBots implements MeetingBotGateway {

	/** States after which the bot hears nothing more. */
	private static final Set<String> OVER = Set.of("ended", "fatal_error", "data_deleted");

	private final GatewayApi api;

	AttendeeMeetingBots(RestClient http, URI baseUrl, String apiKey, GatewayCalls calls) {
		this.api = new GatewayApi("attendee", http, baseUrl, apiKey, calls);
	}

	@Override
	public String send(MeetingId meetingId, URI joinUrl, Instant joinAt, String botName) {
		return this.api.createBot("/api/v1/bots", meetingId, joinUrl, joinAt, botName, Map.of());
	}

	/**
	 * Attendee's "Delete Bot Data" (bots/{id}/delete_data): recordings, transcripts and
	 * participants go; the bot's metadata stays.
	 */
	@Override
	public void deleteRecording(String botId) {
		this.api.deleteData("/api/v1/bots/{id}/delete_data", botId);
	}

	@Override
	public void remove(String botId) {
		this.api.leave("/api/v1/bots/{id}/leave", "/api/v1/bots/{id}", botId);
	}

	@Override
	public Optional<Transcript> transcript(String botId) {
		JsonNode bot = this.api.getOrNull("/api/v1/bots/{id}", botId);
		if (bot == null) {
			return Optional.empty();
		}
		String state = bot.path("state").asString("");
		String transcription = bot.path("transcription_state").asString("");
		// While the bot is in the meeting the transcript endpoint answers with what it
		// has so far; only a finished one is worth a recap.
		if (!OVER.contains(state) || transcription.equals("in_progress")) {
			throw new BotGatewayException(
					"The attendee gateway is still preparing the transcript (" + state + ", " + transcription + ")",
					true, null, null);
		}
		// No recording, or one never transcribed (the bot never got in): nothing was
		// heard.
		// A failed transcription still keeps the utterances that were transcribed.
		if (!transcription.equals("complete") && !transcription.equals("failed")) {
			return Optional.empty();
		}
		// No transcript (404): the bot has no recording.
		JsonNode entries = this.api.getOrNull("/api/v1/bots/{id}/transcript", botId);
		return (entries != null) ? utterances(entries) : Optional.empty();
	}

	/**
	 * Entries of {@code {speaker_name, timestamp_ms, duration_ms, transcription:
	 * {transcript}}}, in order. {@code timestamp_ms} is a wall-clock time, so offsets are
	 * counted from the first entry.
	 */
	private static Optional<Transcript> utterances(JsonNode entries) {
		long first = Long.MAX_VALUE;
		for (JsonNode entry : entries) {
			first = Math.min(first, entry.path("timestamp_ms").asLong(0));
		}
		List<Utterance> utterances = new ArrayList<>();
		for (JsonNode entry : entries) {
			String text = entry.path("transcription").path("transcript").asString("");
			if (text.isBlank()) {
				continue;
			}
			Duration start = Duration.ofMillis(entry.path("timestamp_ms").asLong(0) - first);
			JsonNode name = entry.path("speaker_name");
			utterances.add(Utterances.of(name.isString() ? name.stringValue() : null, null, start,
					start.plusMillis(entry.path("duration_ms").asLong(0)), text));
		}
		return utterances.isEmpty() ? Optional.empty() : Optional.of(new Transcript(utterances));
	}

}
