package se.postboxen.kollegan.adapter.trello;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.action.BoardTask;
import se.postboxen.kollegan.action.ExternalTaskRef;
import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.action.TaskBoard;
import se.postboxen.kollegan.action.TaskBoardException;
import se.postboxen.kollegan.action.TaskBoardSetup;
import se.postboxen.kollegan.action.TaskState;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Trello over its REST API: each action a card on the tenant's list ({@code POST
 * /1/cards}) whose description links back to the action, with its owner as a member when
 * the board has a member of that address; its state read back from {@code dueComplete}
 * and {@code closed}. Key and token travel in the {@code Authorization} header, never in
 * a URL (URLs end up in logs and error messages).
 * <p>
 * A create whose answer was lost is found again by the marker its description carries,
 * among the board's cards, archived ones too ({@code GET /1/boards/{id}/cards/all}). What
 * Trello cannot answer now (408, 429, 5xx, I/O) is worth asking again, after its
 * {@code Retry-After} when it gives one; any other refusal stands. Logs name Kollegan's
 * action id and statuses, never addresses or card text.
 *
 * @see <a href=
 * "https://developer.atlassian.com/cloud/trello/rest/api-group-cards/">Cards</a>
 * @see <a href=
 * "https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/">Authorizing
 * with Trello's REST API</a>
 */
public class TrelloBoard implements TaskBoard {

	private static final Logger logger = LoggerFactory.getLogger(TrelloBoard.class);

	/** Trello's limit on a card's name and on its description. */
	static final int MAX_TEXT = 16384;

	private final RestClient http;

	private final TrelloProperties properties;

	private final Clock clock;

	TrelloBoard(RestClient http, TrelloProperties properties, Clock clock) {
		this.http = http;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public TaskBoardKind kind() {
		return TaskBoardKind.TRELLO;
	}

	@Override
	public boolean configured() {
		return this.properties.configured();
	}

	@Override
	public ExternalTaskRef create(TaskBoardSetup setup, BoardTask task) {
		Map<String, Object> card = new LinkedHashMap<>();
		card.put("idList", setup.listId());
		card.put("name", bounded(task.title().strip()));
		card.put("desc", bounded(task.description()));
		card.put("pos", "bottom");
		if (task.due() != null) {
			card.put("due", task.due().toString());
		}
		String member = (task.owner() != null) ? memberOf(setup, task, task.owner()) : null;
		if (member != null) {
			card.put("idMembers", List.of(member));
		}
		JsonNode created = ask(() -> this.http.post()
			.uri(this.properties.baseUrl() + "/1/cards")
			.header(HttpHeaders.AUTHORIZATION, authorization())
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(card)
			.retrieve()
			.body(JsonNode.class));
		ExternalTaskRef ref = (created != null) ? ref(created) : null;
		if (ref == null) {
			throw new TaskBoardException("Trello answered without a card", true, null, null);
		}
		return ref;
	}

	@Override
	public List<ExternalTaskRef> findCreated(TaskBoardSetup setup, BoardTask task, Instant since) {
		JsonNode cards = ask(() -> this.http.get()
			.uri(this.properties.baseUrl() + "/1/boards/{board}/cards/all?fields=id,desc,shortUrl,url", setup.boardId())
			.header(HttpHeaders.AUTHORIZATION, authorization())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(JsonNode.class));
		List<ExternalTaskRef> found = new ArrayList<>();
		if (cards != null) {
			for (JsonNode card : cards) {
				ExternalTaskRef ref = ref(card);
				if (ref != null && card.path("desc").asString("").contains(task.marker())) {
					found.add(ref);
				}
			}
		}
		return found;
	}

	@Override
	public TaskState state(TenantId tenantId, ExternalTaskRef task) {
		try {
			JsonNode card = this.http.get()
				.uri(this.properties.baseUrl() + "/1/cards/{id}?fields=dueComplete,closed", task.taskId())
				.header(HttpHeaders.AUTHORIZATION, authorization())
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(JsonNode.class);
			if (card == null) {
				throw new TaskBoardException("Trello answered without the card", true, null, null);
			}
			// Completed and then archived is completed.
			if (card.path("dueComplete").asBoolean(false)) {
				return TaskState.DONE;
			}
			return card.path("closed").asBoolean(false) ? TaskState.CLOSED : TaskState.OPEN;
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().value() == 404) {
				return TaskState.CLOSED;
			}
			throw failure(ex);
		}
		catch (RestClientException ex) {
			throw failure(ex);
		}
	}

	/**
	 * The board member with the owner's address. Trello shows a member's address only to
	 * those allowed to see it (the member, an Enterprise's administrators), so where it
	 * does not, the card is left without members rather than guessed at by name.
	 */
	private @Nullable String memberOf(TaskBoardSetup setup, BoardTask task, EmailAddress owner) {
		JsonNode members = ask(() -> this.http.get()
			.uri(this.properties.baseUrl() + "/1/boards/{board}/members?fields=id,username,fullName,email",
					setup.boardId())
			.header(HttpHeaders.AUTHORIZATION, authorization())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(JsonNode.class));
		if (members != null) {
			for (JsonNode member : members) {
				String email = member.path("email").asString("");
				if (email.toLowerCase(Locale.ROOT).equals(owner.value()) && !member.path("id").asString("").isBlank()) {
					return member.path("id").asString();
				}
			}
		}
		logger.info("Trello card for action {} has no member: no board member has the owner's address",
				task.actionId());
		return null;
	}

	/**
	 * Trello's OAuth 1 header form of key and token (no signature is involved: the token
	 * is already granted).
	 */
	private String authorization() {
		return "OAuth oauth_consumer_key=\"" + this.properties.apiKey() + "\", oauth_token=\""
				+ this.properties.apiToken() + "\"";
	}

	private <T> T ask(Supplier<T> request) {
		try {
			return request.get();
		}
		catch (RestClientException ex) {
			throw failure(ex);
		}
	}

	private TaskBoardException failure(RestClientException ex) {
		if (ex instanceof RestClientResponseException refused) {
			String retryAfter = (refused.getResponseHeaders() != null)
					? refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER) : null;
			return TaskBoardException.answered("Trello", refused.getStatusCode().value(), retryAfter,
					this.clock.instant(), ex);
		}
		return TaskBoardException.unreachable("Trello", ex);
	}

	/** A card as Kollegan links it: its id and short link (its full link if none). */
	private static @Nullable ExternalTaskRef ref(JsonNode card) {
		String id = card.path("id").asString("");
		String url = card.path("shortUrl").asString(card.path("url").asString(""));
		if (id.isBlank() || !url.startsWith("https://")) {
			return null;
		}
		return new ExternalTaskRef(TaskBoardKind.TRELLO, id, URI.create(url));
	}

	private static String bounded(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

}
