package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.attendance.BotGatewayException;
import se.postboxen.kollegan.attendance.MeetingBotGateway;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * A Recall.ai-compatible gateway over its REST API: {@code POST /api/v1/bot/} with
 * {@code meeting_url}, {@code bot_name} and {@code join_at} (bots should be scheduled
 * ahead, not sent last minute), {@code POST /api/v1/bot/{id}/leave_call/}, and the
 * transcript through Retrieve Bot ({@code GET /api/v1/bot/{id}/}): each recording's
 * {@code media_shortcuts.transcript}, downloaded from its {@code data.download_url} once
 * its status is {@code done}. Every call goes through {@link GatewayCalls}.
 */
public class RecallMeetingBots implements MeetingBotGateway {

	private final RestClient http;

	private final URI baseUrl;

	private final String apiKey;

	private final GatewayCalls calls;

	private final JsonMapper json = JsonMapper.builder().build();

	RecallMeetingBots(RestClient http, URI baseUrl, String apiKey, GatewayCalls calls) {
		this.http = http;
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
		this.calls = calls;
	}

	@Override
	public String send(MeetingId meetingId, URI joinUrl, Instant joinAt, String botName) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("meeting_url", joinUrl.toString());
		request.put("bot_name", botName);
		request.put("join_at", joinAt.toString());
		// Without a transcript provider Recall records but never transcribes. Recall's
		// own
		// transcription, tuned for accuracy (Swedish included, language detected), is
		// ready when the meeting ends; the real-time low-latency mode is English-only.
		request.put("recording_config", Map.of("transcript",
				Map.of("provider", Map.of("recallai_streaming", Map.of("mode", "prioritize_accuracy")))));
		// The meeting's id travels with the bot, for support and reconciliation.
		request.put("metadata", Map.of("kollegan_meeting_id", meetingId.value().toString()));
		JsonNode created = this.calls.create(() -> this.http.post()
			.uri(this.baseUrl + "/api/v1/bot/")
			.header("Authorization", "Token " + this.apiKey)
			.contentType(MediaType.APPLICATION_JSON)
			.body(request)
			.retrieve()
			.body(JsonNode.class));
		if (created == null || !created.path("id").isString()) {
			throw new BotGatewayException("The recall gateway created no bot", true, null, null);
		}
		return created.get("id").stringValue();
	}

	/** Recall's "Delete Bot Media": recording, transcript and participant data go. */
	@Override
	public void deleteRecording(String botId) {
		try {
			this.calls.call(() -> this.http.post()
				.uri(this.baseUrl + "/api/v1/bot/{id}/delete_media/", botId)
				.header("Authorization", "Token " + this.apiKey)
				.retrieve()
				.toBodilessEntity());
		}
		catch (BotGatewayException ex) {
			GatewayCalls.unlessGone(ex);
		}
	}

	@Override
	public void remove(String botId) {
		try {
			this.calls.call(() -> this.http.post()
				.uri(this.baseUrl + "/api/v1/bot/{id}/leave_call/", botId)
				.header("Authorization", "Token " + this.apiKey)
				.retrieve()
				.toBodilessEntity());
		}
		catch (BotGatewayException notInACall) {
			if (notInACall.retryable()) {
				throw notInACall;
			}
			cancelScheduled(botId);
		}
	}

	/**
	 * A bot that is not in a call may still be scheduled to join one; only deleting it
	 * stops it. Recall deletes scheduled bots only, so a refusal means it is gone
	 * already.
	 */
	private void cancelScheduled(String botId) {
		try {
			this.calls.call(() -> this.http.delete()
				.uri(this.baseUrl + "/api/v1/bot/{id}/", botId)
				.header("Authorization", "Token " + this.apiKey)
				.retrieve()
				.toBodilessEntity());
		}
		catch (BotGatewayException notScheduled) {
			if (notScheduled.retryable()) {
				throw notScheduled;
			}
		}
	}

	@Override
	public Optional<Transcript> transcript(String botId) {
		JsonNode bot = this.calls.call(() -> this.http.get()
			.uri(this.baseUrl + "/api/v1/bot/{id}/", botId)
			.header("Authorization", "Token " + this.apiKey)
			.retrieve()
			.body(JsonNode.class));
		if (bot == null) {
			return Optional.empty();
		}
		List<Utterance> utterances = new ArrayList<>();
		Instant firstStarted = null;
		for (JsonNode recording : bot.path("recordings")) {
			Instant started = instant(recording.path("started_at"));
			firstStarted = (firstStarted == null) ? started : firstStarted;
			// A bot stopped and started again has several recordings, each timed from its
			// own start: later ones are moved to where they sit in the meeting.
			Duration offset = (firstStarted != null && started != null) ? Duration.between(firstStarted, started)
					: Duration.ZERO;
			JsonNode transcript = recording.path("media_shortcuts").path("transcript");
			if (!transcript.isObject()) {
				continue;
			}
			String status = transcript.path("status").path("code").asString("");
			switch (status) {
				case "done" -> utterances.addAll(download(transcript.path("data").path("download_url"), offset));
				case "failed", "deleted" -> {
					// Nothing to read in this recording.
				}
				default -> throw new BotGatewayException(
						"The recall gateway is still preparing the transcript (" + status + ")", true, null, null);
			}
		}
		return utterances.isEmpty() ? Optional.empty() : Optional.of(new Transcript(utterances));
	}

	/**
	 * The transcript file: a list of {@code {participant: {name, email}, words: [{text,
	 * start_timestamp: {relative}, end_timestamp: {relative}}]}}, one per stretch of one
	 * speaker, times in seconds from the start of the recording.
	 */
	private List<Utterance> download(JsonNode url, Duration offset) {
		if (!url.isString()) {
			throw new BotGatewayException("The recall gateway's transcript has no download link", true, null, null);
		}
		// A pre-signed storage link: it carries its own authorisation, and the API key
		// must not travel to storage. The link comes from outside: it must be HTTPS when
		// the gateway itself is (a plain-HTTP gateway is a test or a lab).
		URI link = URI.create(url.stringValue());
		boolean secure = "https".equalsIgnoreCase(link.getScheme());
		if (link.getHost() == null || (!secure && "https".equalsIgnoreCase(this.baseUrl.getScheme()))
				|| (!secure && !"http".equalsIgnoreCase(link.getScheme()))) {
			throw new BotGatewayException("The recall gateway's transcript link is not an HTTPS link", false, null,
					null);
		}
		byte[] body = this.calls.call(() -> this.http.get().uri(link).retrieve().body(byte[].class));
		JsonNode segments;
		try {
			segments = this.json.readTree((body != null) ? body : new byte[0]);
		}
		catch (JacksonException ex) {
			throw new BotGatewayException("The recall gateway's transcript cannot be read", true, null, ex);
		}
		List<Utterance> utterances = new ArrayList<>();
		for (JsonNode segment : segments) {
			JsonNode words = segment.path("words");
			StringJoiner text = new StringJoiner(" ");
			for (JsonNode word : words) {
				String spoken = word.path("text").asString("").strip();
				if (!spoken.isEmpty()) {
					text.add(spoken);
				}
			}
			if (text.length() == 0) {
				continue;
			}
			JsonNode participant = segment.path("participant");
			utterances.add(Utterances.of(string(participant.path("name")), string(participant.path("email")),
					offset.plus(seconds(words.get(0).path("start_timestamp").path("relative"))),
					offset.plus(seconds(words.get(words.size() - 1).path("end_timestamp").path("relative"))),
					text.toString()));
		}
		return utterances;
	}

	private static Duration seconds(JsonNode relative) {
		return Duration.ofMillis(Math.round(relative.asDouble(0) * 1000));
	}

	private static @Nullable String string(JsonNode node) {
		return node.isString() ? node.stringValue() : null;
	}

	private static @Nullable Instant instant(JsonNode node) {
		if (!node.isString()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(node.stringValue()).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
