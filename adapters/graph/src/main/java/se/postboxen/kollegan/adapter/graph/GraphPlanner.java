package se.postboxen.kollegan.adapter.graph;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import se.postboxen.kollegan.action.TaskChange;
import se.postboxen.kollegan.action.TaskState;
import se.postboxen.kollegan.calendar.CalendarFeedException;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Microsoft Planner over Graph v1.0, with the app-only token of the tenant's directory:
 * tasks created in the tenant's plan and bucket ({@code POST /planner/tasks}), assigned
 * to the owner's Entra object id looked up by address ({@code GET /users/{address}}), and
 * read back ({@code GET /planner/tasks/{id}}, done at {@code percentComplete} 100), and
 * changed as answers here change their actions ({@code PATCH /planner/tasks/{id}} with
 * the task's ETag in {@code If-Match}). Needs the application permissions
 * {@code Tasks.ReadWrite.All} and {@code User.Read.All} (without the latter, tasks are
 * left unassigned).
 * <p>
 * Planner takes no description in a create and no idempotency key, so a create whose
 * answer was lost is found again by what it did set: the same title in the same bucket,
 * created since the push began ({@code GET /planner/plans/{id}/tasks}). What Graph cannot
 * answer now (408, 429, 5xx, I/O) is worth asking again, after its {@code Retry-After}
 * when it gives one; any other refusal stands. Logs name Kollegan's action id and
 * statuses, never addresses, titles or Graph's ids.
 * <p>
 * Planner versions each task with an ETag and refuses a change sent with an outdated one
 * (412, or 409 for a conflicting change): the task is read again and the change tried
 * once more on what it shows then.
 *
 * @see <a href="https://learn.microsoft.com/en-us/graph/api/planner-post-tasks">Create
 * plannerTask</a>
 * @see <a href="https://learn.microsoft.com/en-us/graph/api/plannertask-get">Get
 * plannerTask</a>
 * @see <a href="https://learn.microsoft.com/en-us/graph/api/plannerplan-list-tasks">List
 * tasks</a>
 * @see <a href="https://learn.microsoft.com/en-us/graph/api/plannertask-update">Update
 * plannerTask</a>
 * @see <a href=
 * "https://learn.microsoft.com/en-us/graph/api/resources/planner-overview#planner-resource-versioning">Planner
 * resource versioning</a>
 * @see <a href="https://learn.microsoft.com/en-us/graph/throttling">Throttling</a>
 */
public class GraphPlanner implements TaskBoard {

	private static final Logger logger = LoggerFactory.getLogger(GraphPlanner.class);

	/** Planner's limit on a task's title. */
	static final int MAX_TITLE = 255;

	/**
	 * Planner's own clock and ours may disagree a little: a task created this much before
	 * the push began may still be its.
	 */
	private static final Duration SKEW = Duration.ofMinutes(5);

	/** A plan longer than this many pages is not searched further. */
	private static final int MAX_PAGES = 50;

	/**
	 * Where people open a task: Planner's classic task link, which forwards to whichever
	 * Planner the directory uses.
	 */
	private static final String TASK_LINK = "https://tasks.office.com/%s/Home/Task/%s";

	/**
	 * A new assignment: " !" puts the task first in the assignee's list, as Planner's own
	 * clients do.
	 */
	private static final Map<String, String> ASSIGNMENT = Map.of("@odata.type", "#microsoft.graph.plannerAssignment",
			"orderHint", " !");

	private final RestClient http;

	private final GraphProperties properties;

	private final Tenants tenants;

	private final GraphTokens tokens;

	private final Clock clock;

	GraphPlanner(RestClient http, GraphProperties properties, Tenants tenants, GraphTokens tokens, Clock clock) {
		this.http = http;
		this.properties = properties;
		this.tenants = tenants;
		this.tokens = tokens;
		this.clock = clock;
	}

	@Override
	public TaskBoardKind kind() {
		return TaskBoardKind.PLANNER;
	}

	@Override
	public boolean configured() {
		return this.properties.appConfigured();
	}

	@Override
	public ExternalTaskRef create(TaskBoardSetup setup, BoardTask task) {
		String directory = directory(setup.tenantId());
		String token = token(directory);
		String assignee = (task.owner() != null)
				? userId(task.owner(), token, "Planner task for action " + task.actionId() + " left unassigned") : null;
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("planId", setup.boardId());
		body.put("bucketId", setup.listId());
		body.put("title", title(task));
		if (task.due() != null) {
			body.put("dueDateTime", task.due().toString());
		}
		if (assignee != null) {
			body.put("assignments", Map.of(assignee, ASSIGNMENT));
		}
		JsonNode created = ask(() -> this.http.post()
			.uri(this.properties.baseUrl() + "/planner/tasks")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(JsonNode.class));
		String id = (created != null) ? created.path("id").asString("") : "";
		if (id.isBlank()) {
			throw new TaskBoardException("Planner answered without a task id", true, null, null);
		}
		return ref(directory, id);
	}

	@Override
	public List<ExternalTaskRef> findCreated(TaskBoardSetup setup, BoardTask task, Instant since) {
		String directory = directory(setup.tenantId());
		String token = token(directory);
		String title = title(task);
		Instant from = since.minus(SKEW);
		record Candidate(String id, Instant createdAt) {
		}
		List<Candidate> found = new ArrayList<>();
		URI next = URI.create(this.properties.baseUrl() + "/planner/plans/" + setup.boardId() + "/tasks");
		for (int page = 0; next != null && page < MAX_PAGES; page++) {
			URI uri = next;
			JsonNode body = ask(() -> this.http.get()
				.uri(uri)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(JsonNode.class));
			if (body == null) {
				break;
			}
			for (JsonNode candidate : body.path("value")) {
				Instant createdAt = instant(candidate.path("createdDateTime").asString(""));
				if (setup.listId().equals(candidate.path("bucketId").asString(""))
						&& title.equals(candidate.path("title").asString("")) && createdAt != null
						&& !createdAt.isBefore(from) && !candidate.path("id").asString("").isBlank()) {
					found.add(new Candidate(candidate.path("id").asString(), createdAt));
				}
			}
			next = graphLink(body.path("@odata.nextLink").asString(null));
		}
		return found.stream()
			.sorted(Comparator.comparing(Candidate::createdAt))
			.map(candidate -> ref(directory, candidate.id()))
			.toList();
	}

	@Override
	public TaskState state(TenantId tenantId, ExternalTaskRef task) {
		String token = token(directory(tenantId));
		try {
			JsonNode body = this.http.get()
				.uri(this.properties.baseUrl() + "/planner/tasks/{id}", task.taskId())
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(JsonNode.class);
			return (body != null && body.path("percentComplete").asInt(0) >= 100) ? TaskState.DONE : TaskState.OPEN;
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
		String token = token(directory(tenantId));
		Assignment assignment = null;
		if (change instanceof TaskChange.Reassign reassign) {
			String to = userId(reassign.to(), token, "A Planner task's assignee was left as it was");
			if (to == null) {
				return TaskChange.Result.ASSIGNEE_UNKNOWN;
			}
			String from = (reassign.from() != null)
					? userId(reassign.from(), token, "A Planner task kept its former assignee") : null;
			assignment = new Assignment(to, from);
		}
		TaskChange.Result result = changeOnce(task, token, change, assignment);
		if (result == null) {
			// Changed meanwhile: once more, on the task as it is now.
			result = changeOnce(task, token, change, assignment);
		}
		if (result == null) {
			throw new TaskBoardException("Planner refused the task's ETag twice", true, null, null);
		}
		return result;
	}

	/**
	 * Reads the task and, unless it shows the change already, sends the change with the
	 * ETag it was read with; {@code null} when Planner says the task changed since.
	 */
	private TaskChange.@Nullable Result changeOnce(ExternalTaskRef task, String token, TaskChange change,
			@Nullable Assignment assignment) {
		ResponseEntity<JsonNode> read;
		try {
			read = this.http.get()
				.uri(this.properties.baseUrl() + "/planner/tasks/{id}", task.taskId())
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.toEntity(JsonNode.class);
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
		JsonNode current = read.getBody();
		if (current == null) {
			throw new TaskBoardException("Planner answered without the task", true, null, null);
		}
		Map<String, Object> patch = patch(current, change, assignment);
		if (patch.isEmpty()) {
			return TaskChange.Result.ALREADY_SO;
		}
		// Planner gives the ETag in the body; the header is the HTTP way of saying the
		// same.
		String etag = current.path("@odata.etag").asString("");
		if (etag.isBlank() && read.getHeaders().getETag() != null) {
			etag = read.getHeaders().getETag();
		}
		if (etag.isBlank()) {
			throw new TaskBoardException("Planner answered without the task's ETag", false, null, null);
		}
		try {
			this.http.patch()
				.uri(this.properties.baseUrl() + "/planner/tasks/{id}", task.taskId())
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.header(HttpHeaders.IF_MATCH, etag)
				.contentType(MediaType.APPLICATION_JSON)
				.body(patch)
				.retrieve()
				.toBodilessEntity();
			return TaskChange.Result.CHANGED;
		}
		catch (RestClientResponseException ex) {
			int status = ex.getStatusCode().value();
			if (status == 404) {
				return TaskChange.Result.TASK_GONE;
			}
			if (status == 412 || status == 409) {
				return null;
			}
			throw failure(ex);
		}
		catch (RestClientException ex) {
			throw failure(ex);
		}
	}

	/**
	 * What of {@code change} the task does not show yet: empty when it shows all of it.
	 */
	private static Map<String, Object> patch(JsonNode current, TaskChange change, @Nullable Assignment assignment) {
		Map<String, Object> patch = new LinkedHashMap<>();
		if (change instanceof TaskChange.Complete) {
			if (current.path("percentComplete").asInt(0) < 100) {
				patch.put("percentComplete", 100);
			}
		}
		else if (change instanceof TaskChange.Redate redate) {
			if (!redate.due().equals(instant(current.path("dueDateTime").asString("")))) {
				patch.put("dueDateTime", redate.due().toString());
			}
		}
		else if (assignment != null) {
			JsonNode assigned = current.path("assignments");
			// An assignee set to null is unassigned; everyone else assigned stays.
			Map<String, @Nullable Object> assignments = new LinkedHashMap<>();
			if (!assigned.path(assignment.to()).isObject()) {
				assignments.put(assignment.to(), ASSIGNMENT);
			}
			if (assignment.from() != null && !assignment.from().equals(assignment.to())
					&& assigned.path(assignment.from()).isObject()) {
				assignments.put(assignment.from(), null);
			}
			if (!assignments.isEmpty()) {
				patch.put("assignments", assignments);
			}
		}
		return patch;
	}

	/**
	 * A user's Entra object id, the key Planner assigns by; {@code null} when the
	 * directory has no such user or Kollegan may not look users up.
	 * @param unknown what that means for the task, for the log
	 */
	private @Nullable String userId(EmailAddress address, String token, String unknown) {
		try {
			JsonNode user = this.http.get()
				.uri(this.properties.baseUrl() + "/users/{address}?$select=id", address.value())
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(JsonNode.class);
			String id = (user != null) ? user.path("id").asString("") : "";
			return id.isBlank() ? null : id;
		}
		catch (RestClientResponseException ex) {
			int status = ex.getStatusCode().value();
			if (status == 403 || status == 404) {
				logger.info("{}: the lookup of the address was answered {}", unknown, status);
				return null;
			}
			throw failure(ex);
		}
		catch (RestClientException ex) {
			throw failure(ex);
		}
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
			return TaskBoardException.answered("Planner", refused.getStatusCode().value(), retryAfter,
					this.clock.instant(), ex);
		}
		return TaskBoardException.unreachable("Planner", ex);
	}

	private String directory(TenantId tenantId) {
		String directory = this.tenants.findById(tenantId).map(Tenant::directoryId).orElse(null);
		if (directory == null) {
			throw new TaskBoardException("The tenant has no Microsoft 365 directory", false, null, null);
		}
		return directory;
	}

	/** The directory's token; a directory that refuses Kollegan refuses for good. */
	private String token(String directory) {
		try {
			return this.tokens.token(directory);
		}
		catch (CalendarFeedException ex) {
			if (ex.getCause() instanceof RestClientException cause) {
				throw failure(cause);
			}
			throw new TaskBoardException("The tenant's Microsoft 365 directory id is unusable", false, null, ex);
		}
	}

	private ExternalTaskRef ref(String directory, String taskId) {
		return new ExternalTaskRef(TaskBoardKind.PLANNER, taskId, URI.create(TASK_LINK.formatted(directory, taskId)));
	}

	/** A paging link is followed only into Graph, so the token goes nowhere else. */
	private @Nullable URI graphLink(@Nullable String link) {
		if (link == null) {
			return null;
		}
		if (!link.startsWith(this.properties.baseUrl() + "/")) {
			throw new TaskBoardException("Planner's paging pointed outside Graph", false, null, null);
		}
		return URI.create(link);
	}

	/**
	 * Whom a new owner means on the task: {@code to} assigned, {@code from} (when the
	 * directory knows them) unassigned.
	 */
	private record Assignment(String to, @Nullable String from) {

	}

	private static String title(BoardTask task) {
		String title = task.title().strip().replaceAll("\\s+", " ");
		return (title.length() <= MAX_TITLE) ? title : title.substring(0, MAX_TITLE - 1) + "…";
	}

	private static @Nullable Instant instant(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
