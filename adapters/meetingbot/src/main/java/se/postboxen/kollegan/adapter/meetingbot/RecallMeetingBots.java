package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.attendance.BotGatewayException;
import se.postboxen.kollegan.attendance.MeetingBotGateway;
import se.postboxen.kollegan.meeting.MeetingId;

/**
 * A Recall.ai-compatible gateway over its REST API: {@code POST /api/v1/bot/} with
 * {@code meeting_url}, {@code bot_name} and {@code join_at} (bots should be scheduled
 * ahead, not sent last minute), and {@code POST /api/v1/bot/{id}/leave_call/}. A 429 or
 * 5xx is retryable (with the {@code Retry-After} the gateway gives); other refusals are
 * not.
 */
public class RecallMeetingBots implements MeetingBotGateway {

	private final RestClient http;

	private final URI baseUrl;

	private final String apiKey;

	private final Clock clock;

	public RecallMeetingBots(RestClient http, URI baseUrl, String apiKey, Clock clock) {
		this.http = http;
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
		this.clock = clock;
	}

	@Override
	public String send(MeetingId meetingId, URI joinUrl, Instant joinAt, String botName) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("meeting_url", joinUrl.toString());
		request.put("bot_name", botName);
		request.put("join_at", joinAt.toString());
		// The meeting's id travels with the bot, for support and reconciliation.
		request.put("metadata", Map.of("kollegan_meeting_id", meetingId.value().toString()));
		try {
			JsonNode created = this.http.post()
				.uri(this.baseUrl + "/api/v1/bot/")
				.header("Authorization", "Token " + this.apiKey)
				.contentType(MediaType.APPLICATION_JSON)
				.body(request)
				.retrieve()
				.body(JsonNode.class);
			if (created == null || !created.hasNonNull("id")) {
				throw new BotGatewayException("The gateway created no bot", true, null, null);
			}
			return created.get("id").asString();
		}
		catch (RestClientResponseException ex) {
			throw refusal(ex);
		}
		catch (RestClientException ex) {
			throw new BotGatewayException("The gateway could not be reached", true, null, ex);
		}
	}

	@Override
	public void remove(String botId) {
		try {
			this.http.post()
				.uri(this.baseUrl + "/api/v1/bot/{id}/leave_call/", botId)
				.header("Authorization", "Token " + this.apiKey)
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().is5xxServerError() || ex.getStatusCode().value() == 429) {
				throw refusal(ex);
			}
			// 4xx: the bot is not in a call (any more): nothing to remove.
		}
		catch (RestClientException ex) {
			throw new BotGatewayException("The gateway could not be reached", true, null, ex);
		}
	}

	private BotGatewayException refusal(RestClientResponseException ex) {
		HttpStatusCode status = ex.getStatusCode();
		boolean retryable = status.value() == 429 || status.is5xxServerError();
		Instant retryAt = (ex.getResponseHeaders() != null)
				? retryAfter(ex.getResponseHeaders().getFirst("Retry-After")) : null;
		return new BotGatewayException("The gateway answered " + status.value(), retryable, retryAt, ex);
	}

	/** {@code Retry-After} as seconds or as an HTTP date. */
	private @Nullable Instant retryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return this.clock.instant().plusSeconds(Long.parseLong(value.strip()));
		}
		catch (NumberFormatException notSeconds) {
			try {
				return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

}
