package se.postboxen.kollegan.adapter.graph;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.invite.AgentMailbox;

/**
 * The agent's mailbox over Graph: unread messages of the inbox, each fetched as MIME
 * ({@code /messages/{id}/$value}) and marked read afterwards.
 */
public class GraphMailbox implements AgentMailbox {

	/** Graph message ids are base64url-ish; anything else is not used in a URL. */
	private static final Pattern MESSAGE_ID = Pattern.compile("^[A-Za-z0-9_=+/-]{1,512}$");

	private final RestClient http;

	private final GraphProperties properties;

	private final GraphTokens tokens;

	public GraphMailbox(RestClient http, GraphProperties properties, Clock clock) {
		this(http, properties, new GraphTokens(http, properties, clock));
	}

	/** With the token cache shared by every Graph client of the application. */
	GraphMailbox(RestClient http, GraphProperties properties, GraphTokens tokens) {
		this.http = http;
		this.properties = properties;
		this.tokens = tokens;
	}

	@Override
	public boolean configured() {
		return this.properties.mailboxConfigured();
	}

	@Override
	public List<String> unread(int max) {
		JsonNode body = this.http.get()
			.uri(this.properties.baseUrl() + "/users/{mailbox}/mailFolders/inbox/messages"
					+ "?$filter=isRead eq false&$select=id&$orderby=receivedDateTime&$top={max}",
					this.properties.agentMailbox(), max)
			.header("Authorization", "Bearer " + token())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(JsonNode.class);
		List<String> ids = new ArrayList<>();
		if (body != null) {
			for (JsonNode message : body.path("value")) {
				String id = message.path("id").asString("");
				if (MESSAGE_ID.matcher(id).matches()) {
					ids.add(id);
				}
			}
		}
		return ids;
	}

	@Override
	public byte[] mime(String messageId) {
		byte[] mime = this.http.get()
			.uri(this.properties.baseUrl() + "/users/{mailbox}/messages/{id}/$value", this.properties.agentMailbox(),
					messageId)
			.header("Authorization", "Bearer " + token())
			.retrieve()
			.body(byte[].class);
		return (mime != null) ? mime : new byte[0];
	}

	@Override
	public void markRead(String messageId) {
		this.http.patch()
			.uri(this.properties.baseUrl() + "/users/{mailbox}/messages/{id}", this.properties.agentMailbox(),
					messageId)
			.header("Authorization", "Bearer " + token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("isRead", true))
			.retrieve()
			.toBodilessEntity();
	}

	private String token() {
		try {
			return this.tokens.token(String.valueOf(this.properties.agentMailboxDirectory()));
		}
		catch (RestClientException ex) {
			throw new IllegalStateException("No token for the agent's mailbox", ex);
		}
	}

}
