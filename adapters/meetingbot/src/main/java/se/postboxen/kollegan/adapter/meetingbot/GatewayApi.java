package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.attendance.BotGatewayException;
import se.postboxen.kollegan.meeting.MeetingId;

/**
 * What Recall.ai-compatible and Attendee gateways share: {@code Authorization: Token}
 * REST over one {@link GatewayCalls}, and the same bot lifecycle with different paths —
 * create, leave (or, for a bot not yet in its meeting, delete it so it never joins), read
 * a bot, delete its data.
 */
final class GatewayApi {

	private final String name;

	private final RestClient http;

	private final URI baseUrl;

	private final String apiKey;

	private final GatewayCalls calls;

	GatewayApi(String name, RestClient http, URI baseUrl, String apiKey, GatewayCalls calls) {
		this.name = name;
		this.http = http;
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
		this.calls = calls;
	}

	String name() {
		return this.name;
	}

	URI baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Creates a bot (asked again only after a 429) and returns its id. Both gateways take
	 * the same fields: the link, the name shown, when to join (a time ahead makes a
	 * scheduled bot, started in time rather than at the last minute) and metadata
	 * carrying the meeting's id, which comes back in every webhook; {@code extra} adds a
	 * gateway's own settings.
	 */
	String createBot(String path, MeetingId meetingId, URI joinUrl, Instant joinAt, String botName,
			Map<String, Object> extra) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("meeting_url", joinUrl.toString());
		request.put("bot_name", botName);
		request.put("join_at", joinAt.toString());
		request.putAll(extra);
		request.put("metadata", Map.of("kollegan_meeting_id", meetingId.value().toString()));
		JsonNode created = this.calls.create(() -> this.http.post()
			.uri(this.baseUrl + path)
			.header("Authorization", "Token " + this.apiKey)
			.contentType(MediaType.APPLICATION_JSON)
			.body(request)
			.retrieve()
			.body(JsonNode.class));
		if (created == null || !created.path("id").isString()) {
			throw new BotGatewayException("The " + this.name + " gateway created no bot", true, null, null);
		}
		return created.get("id").stringValue();
	}

	/**
	 * Takes the bot out of its meeting. A bot that cannot leave may still be scheduled to
	 * join; only deleting it stops it. Gateways delete scheduled bots only, so a refusal
	 * there means it is gone already.
	 */
	void leave(String leavePath, String cancelPath, String botId) {
		try {
			post(leavePath, botId);
		}
		catch (BotGatewayException notInAMeeting) {
			if (notInAMeeting.retryable()) {
				throw notInAMeeting;
			}
			try {
				this.calls.call(() -> this.http.delete()
					.uri(this.baseUrl + cancelPath, botId)
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
	}

	/**
	 * Deletes what the gateway keeps of the bot's meeting; a bot it no longer knows has
	 * nothing left, a bot still leaving is asked again later.
	 */
	void deleteData(String path, String botId) {
		try {
			post(path, botId);
		}
		catch (BotGatewayException ex) {
			GatewayCalls.unlessGone(ex);
		}
	}

	/** A JSON resource, or {@code null} when the gateway has none (404). */
	@Nullable JsonNode getOrNull(String path, String botId) {
		try {
			return this.calls.call(() -> this.http.get()
				.uri(this.baseUrl + path, botId)
				.header("Authorization", "Token " + this.apiKey)
				.retrieve()
				.body(JsonNode.class));
		}
		catch (BotGatewayException ex) {
			if (ex.getCause() instanceof HttpClientErrorException.NotFound) {
				return null;
			}
			throw ex;
		}
	}

	/**
	 * A pre-signed storage link the gateway handed out: it carries its own authorisation,
	 * and the API key must not travel to storage. It comes from outside, so it must be
	 * HTTPS when the gateway itself is (a plain-HTTP gateway is a test or a lab).
	 */
	byte[] download(URI link) {
		boolean secure = "https".equalsIgnoreCase(link.getScheme());
		if (link.getHost() == null || (!secure && "https".equalsIgnoreCase(this.baseUrl.getScheme()))
				|| (!secure && !"http".equalsIgnoreCase(link.getScheme()))) {
			throw new BotGatewayException("The " + this.name + " gateway's link is not an HTTPS link", false, null,
					null);
		}
		byte[] body = this.calls.call(() -> this.http.get().uri(link).retrieve().body(byte[].class));
		return (body != null) ? body : new byte[0];
	}

	private void post(String path, String botId) {
		this.calls.call(() -> this.http.post()
			.uri(this.baseUrl + path, botId)
			.header("Authorization", "Token " + this.apiKey)
			.retrieve()
			.toBodilessEntity());
	}

}
