package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.attendance.BotGatewayException;
import se.postboxen.kollegan.attendance.MeetingBotGateway;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.UnreadableTranscriptException;
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

	private final GatewayApi api;

	RecallMeetingBots(RestClient http, URI baseUrl, String apiKey, GatewayCalls calls) {
		this.api = new GatewayApi("recall", http, baseUrl, apiKey, calls);
	}

	@Override
	public String send(MeetingId meetingId, URI joinUrl, Instant joinAt, String botName) {
		// Without a transcript provider Recall records but never transcribes. Recall's
		// own transcription, tuned for accuracy (Swedish included, language detected), is
		// ready when the meeting ends; the real-time low-latency mode is English-only.
		return this.api.createBot("/api/v1/bot/", meetingId, joinUrl, joinAt, botName,
				Map.of("recording_config", Map.of("transcript",
						Map.of("provider", Map.of("recallai_streaming", Map.of("mode", "prioritize_accuracy"))))));
	}

	/** Recall's "Delete Bot Media": recording, transcript and participant data go. */
	@Override
	public void deleteRecording(String botId) {
		this.api.deleteData("/api/v1/bot/{id}/delete_media/", botId);
	}

	@Override
	public void remove(String botId) {
		this.api.leave("/api/v1/bot/{id}/leave_call/", "/api/v1/bot/{id}/", botId);
	}

	@Override
	public Optional<Transcript> transcript(String botId) {
		JsonNode bot = this.api.getOrNull("/api/v1/bot/{id}/", botId);
		if (bot == null) {
			return Optional.empty();
		}
		List<Utterance> utterances = new ArrayList<>();
		Instant firstStarted = null;
		for (JsonNode recording : bot.path("recordings")) {
			Instant started = GatewayJson.instant(recording.path("started_at"));
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

	/** The transcript file ({@link RecallTranscriptFile}) behind a download link. */
	private List<Utterance> download(JsonNode url, Duration offset) {
		if (!url.isString()) {
			throw new BotGatewayException("The recall gateway's transcript has no download link", true, null, null);
		}
		byte[] body = this.api.download(URI.create(url.stringValue()));
		try {
			return RecallTranscriptFile.read(body, offset);
		}
		catch (UnreadableTranscriptException ex) {
			throw new BotGatewayException("The recall gateway's transcript cannot be read", true, null, ex);
		}
	}

}
