package se.postboxen.kollegan.adapter.trello;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
import tools.jackson.databind.node.JsonNodeFactory;

import se.postboxen.kollegan.action.BoardTask;
import se.postboxen.kollegan.action.ExternalTaskRef;
import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.action.TaskBoard;
import se.postboxen.kollegan.action.TaskBoardException;
import se.postboxen.kollegan.action.TaskBoardSetup;
import se.postboxen.kollegan.action.TaskChange;
import se.postboxen.kollegan.action.TaskState;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Trello over its REST API: each action a card on the tenant's list ({@code POST
 * /1/cards}) whose description links back to the action, with its owner as a member when
 * the board has a member of that address; its state read back from {@code dueComplete}
 * and {@code closed}; and changed as answers here change their actions ({@code PUT
 * /1/cards/{id}}: {@code dueComplete}, {@code due}, {@code idMembers}), after reading the
 * card, so that what it shows already is not sent again. Key and token travel in the
 * {@code Authorization} header, never in a URL (URLs end up in logs and error messages).
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
		String member = (task.owner() != null) ? memberId(members(setup.boardId()), task.owner()) : null;
		if (member != null) {
			card.put("idMembers", List.of(member));
		}
		else if (task.owner() != null) {
			logger.info("Trello card for action {} has no member: no board member has the owner's address",
					task.actionId());
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

	@Override
	public TaskChange.Result change(TenantId tenantId, ExternalTaskRef task, TaskChange change) {
		JsonNode card;
		try {
			card = this.http.get()
				.uri(this.properties.baseUrl() + "/1/cards/{id}?fields=idBoard,idMembers,due,dueComplete",
						task.taskId())
				.header(HttpHeaders.AUTHORIZATION, authorization())
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(JsonNode.class);
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().value() == 404) {
				return TaskChange.Result.TASK_GONE;
			}
			throw failure(ex);
		}
		catch (RestClientException ex) {
			throw failure(ex);
		}
		if (card == null) {
			throw new TaskBoardException("Trello answered without the card", true, null, null);
		}
		Map<String, Object> update = new LinkedHashMap<>();
		if (change instanceof TaskChange.Complete) {
			if (!card.path("dueComplete").asBoolean(false)) {
				update.put("dueComplete", true);
			}
		}
		else if (change instanceof TaskChange.Redate redate) {
			if (!redate.due().equals(instant(card.path("due").asString("")))) {
				update.put("due", redate.due().toString());
			}
		}
		else if (change instanceof TaskChange.Reassign reassign) {
			List<String> now = new ArrayList<>();
			card.path("idMembers").forEach(member -> now.add(member.asString("")));
			List<String> wanted = reassigned(card.path("idBoard").asString(""), now, reassign);
			if (wanted == null) {
				return TaskChange.Result.ASSIGNEE_UNKNOWN;
			}
			if (!wanted.equals(now)) {
				update.put("idMembers", wanted);
			}
		}
		if (update.isEmpty()) {
			return TaskChange.Result.ALREADY_SO;
		}
		try {
			this.http.put()
				.uri(this.properties.baseUrl() + "/1/cards/{id}", task.taskId())
				.header(HttpHeaders.AUTHORIZATION, authorization())
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(update)
				.retrieve()
				.toBodilessEntity();
			return TaskChange.Result.CHANGED;
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().value() == 404) {
				return TaskChange.Result.TASK_GONE;
			}
			throw failure(ex);
		}
		catch (RestClientException ex) {
			throw failure(ex);
		}
	}

	/**
	 * The card's members with the new owner in place of the former one (anyone else on
	 * the card stays); {@code null} when no member of the board has the new owner's
	 * address.
	 */
	private @Nullable List<String> reassigned(String board, List<String> now, TaskChange.Reassign reassign) {
		JsonNode members = members(board);
		String to = memberId(members, reassign.to());
		if (to == null) {
			return null;
		}
		String from = (reassign.from() != null) ? memberId(members, reassign.from()) : null;
		List<String> wanted = new ArrayList<>(now);
		if (from != null && !from.equals(to)) {
			wanted.remove(from);
		}
		if (!wanted.contains(to)) {
			wanted.add(to);
		}
		return wanted;
	}

	private JsonNode members(String board) {
		if (board.isBlank()) {
			throw new TaskBoardException("Trello answered without the card's board", false, null, null);
		}
		JsonNode members = ask(() -> this.http.get()
			.uri(this.properties.baseUrl() + "/1/boards/{board}/members?fields=id,username,fullName,email", board)
			.header(HttpHeaders.AUTHORIZATION, authorization())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(JsonNode.class));
		return (members != null) ? members : JsonNodeFactory.instance.arrayNode();
	}

	/**
	 * The id of the board member with the address. Trello shows a member's address only
	 * to those allowed to see it (the member, an Enterprise's administrators), so where
	 * it does not, nobody is assigned rather than someone guessed at by name.
	 */
	private static @Nullable String memberId(JsonNode members, EmailAddress address) {
		for (JsonNode member : members) {
			String email = member.path("email").asString("");
			if (email.toLowerCase(Locale.ROOT).equals(address.value()) && !member.path("id").asString("").isBlank()) {
				return member.path("id").asString();
			}
		}
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

	private static @Nullable Instant instant(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String bounded(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

}
