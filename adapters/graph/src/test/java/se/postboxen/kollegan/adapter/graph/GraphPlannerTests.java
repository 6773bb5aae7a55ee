package se.postboxen.kollegan.adapter.graph;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.action.BoardTask;
import se.postboxen.kollegan.action.ExternalTaskRef;
import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.action.TaskBoardException;
import se.postboxen.kollegan.action.TaskBoardSetup;
import se.postboxen.kollegan.action.TaskChange;
import se.postboxen.kollegan.action.TaskState;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Planner over Graph against WireMock, with payloads as in Microsoft's reference (see
 * {@code src/test/resources/planner/README.md}): the create's request shape and token,
 * the owner looked up by address (or left unassigned), the task a lost create made found
 * again, its state read back, the task changed with its ETag as answers here change its
 * action (read again once when Planner says it changed meanwhile, and not sent when it
 * shows the change already), and Graph's throttling and failures told apart from
 * refusals.
 */
class GraphPlannerTests {

	private static final String DIRECTORY = "909c6581-5130-43e9-88f3-fcb3582cde37";

	private static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ"
			+ ".c2lnbmF0dXJl";

	private static final String PLAN = "xqQg5FS2LkCp935s-FIFm2QAFkHM";

	private static final String BUCKET = "hsOf2dhOJkqyYYZEtdzDe2QAIUCR";

	private static final String TASK = "01gzSlKkIUSUl6DF_EilrmQAKDhh";

	private static final String OWNER_OBJECT_ID = "fbab97d0-4932-4511-b675-204639209557";

	private static final String NEW_OWNER_OBJECT_ID = "aaa27244-1db4-476a-a5cb-004607466324";

	private static final String ETAG = "W/\"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc=\"";

	private static final String NEWER_ETAG = "W/\"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBARCc=\"";

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private final TenantId tenantId = TenantId.newId();

	private final Tenants tenants = mock(Tenants.class);

	private WireMockServer graph;

	private GraphPlanner planner;

	@BeforeEach
	void start() {
		this.graph = new WireMockServer(options().dynamicPort());
		this.graph.start();
		String base = "http://localhost:" + this.graph.port();
		GraphProperties properties = new GraphProperties("app-id", "app-secret-value", null, null,
				URI.create(base + "/v1.0"), URI.create(base), null, null);
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		RestClient http = RestClient.builder().requestFactory(requests).build();
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		this.planner = new GraphPlanner(http, properties, this.tenants, new GraphTokens(http, properties, clock),
				clock);
		given(this.tenants.findById(this.tenantId)).willReturn(Optional
			.of(new Tenant(this.tenantId, "kommun-a", "Kommun A", ZoneOffset.UTC, ConsentLevel.PLUS, DIRECTORY)));
		this.graph.stubFor(post(urlPathEqualTo("/" + DIRECTORY + "/oauth2/v2.0/token"))
			.willReturn(json("/graph/token.json", 200)));
	}

	@AfterEach
	void stop() {
		this.graph.stop();
	}

	@Test
	void createsTheTaskInTheBucketAssignedToTheOwnersEntraObjectId() {
		this.graph.stubFor(
				get(urlPathEqualTo("/v1.0/users/anna.berg%40kommun-a.example")).withQueryParam("$select", equalTo("id"))
					.withHeader("Authorization", equalTo("Bearer " + TOKEN))
					.willReturn(json("/planner/user.json", 200)));
		this.graph
			.stubFor(post(urlPathEqualTo("/v1.0/planner/tasks")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
				.withHeader("Content-Type", equalTo("application/json"))
				.willReturn(json("/planner/task-created.json", 201)));

		ExternalTaskRef task = this.planner.create(setup(), task("Skicka protokollet till kunden", "anna.berg"));

		assertThat(task).isEqualTo(new ExternalTaskRef(TaskBoardKind.PLANNER, TASK,
				URI.create("https://tasks.office.com/" + DIRECTORY + "/Home/Task/" + TASK)));
		this.graph.verify(postRequestedFor(urlPathEqualTo("/v1.0/planner/tasks")).withRequestBody(equalToJson("""
				{"planId": "xqQg5FS2LkCp935s-FIFm2QAFkHM", "bucketId": "hsOf2dhOJkqyYYZEtdzDe2QAIUCR",
				 "title": "Skicka protokollet till kunden", "dueDateTime": "2026-12-04T16:00:00Z",
				 "assignments": {"fbab97d0-4932-4511-b675-204639209557":
				     {"@odata.type": "#microsoft.graph.plannerAssignment", "orderHint": " !"}}}
				""")));
	}

	@Test
	void leavesTheTaskUnassignedWhenTheDirectoryKnowsNoOneByTheAddress() {
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/users/okand.person%40kommun-a.example"))
			.willReturn(json("/planner/user-not-found.json", 404)));
		this.graph
			.stubFor(post(urlPathEqualTo("/v1.0/planner/tasks")).willReturn(json("/planner/task-created.json", 201)));

		this.planner.create(setup(), task("Skicka protokollet till kunden", "okand.person"));

		this.graph.verify(postRequestedFor(urlPathEqualTo("/v1.0/planner/tasks"))
			.withRequestBody(matchingJsonPath("$.title", equalTo("Skicka protokollet till kunden")))
			.withRequestBody(matchingJsonPath("$.assignments", absent())));
	}

	@Test
	void anActionWithoutOwnerOrDueDateIsCreatedWithNeither() {
		this.graph
			.stubFor(post(urlPathEqualTo("/v1.0/planner/tasks")).willReturn(json("/planner/task-created.json", 201)));

		this.planner.create(setup(),
				new BoardTask(this.tenantId, ActionItemId.newId(), "Boka lokal",
						"Boka lokal\nhttps://kollegan.example/meetings/1#action-1",
						URI.create("https://kollegan.example"), "action-1", null, null));

		this.graph.verify(1, anyRequestedFor(urlPathEqualTo("/v1.0/planner/tasks")));
		this.graph.verify(0, anyRequestedFor(urlPathEqualTo("/v1.0/users/anna.berg%40kommun-a.example")));
		this.graph.verify(postRequestedFor(urlPathEqualTo("/v1.0/planner/tasks"))
			.withRequestBody(matchingJsonPath("$.dueDateTime", absent()))
			.withRequestBody(matchingJsonPath("$.assignments", absent())));
	}

	@Test
	void shortensATitleToPlannersLimit() {
		this.graph
			.stubFor(post(urlPathEqualTo("/v1.0/planner/tasks")).willReturn(json("/planner/task-created.json", 201)));

		this.planner.create(setup(), task("Gå igenom ".repeat(40), null));

		String sent = this.graph.getAllServeEvents().get(0).getRequest().getBodyAsString();
		String title = tools.jackson.databind.json.JsonMapper.shared().readTree(sent).path("title").asString();
		assertThat(title).hasSize(GraphPlanner.MAX_TITLE).endsWith("…");
	}

	@Test
	void aThrottledCreateIsRetryableWhenGraphSays() {
		this.graph.stubFor(post(urlPathEqualTo("/v1.0/planner/tasks"))
			.willReturn(json("/planner/throttled.json", 429).withHeader("Retry-After", "10")));

		assertThatExceptionOfType(TaskBoardException.class)
			.isThrownBy(() -> this.planner.create(setup(), task("Skicka protokollet till kunden", null)))
			.satisfies(failure -> {
				assertThat(failure.retryable()).isTrue();
				assertThat(failure.retryAt()).isEqualTo(NOW.plusSeconds(10));
				assertThat(failure.getMessage()).isEqualTo("Planner answered 429");
			});
	}

	@Test
	void aServerErrorIsRetryableByTheJobsOwnBackoff() {
		this.graph.stubFor(post(urlPathEqualTo("/v1.0/planner/tasks")).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"code\": \"ServiceNotAvailable\", \"message\": \"Service unavailable.\"}}")));

		assertThatExceptionOfType(TaskBoardException.class)
			.isThrownBy(() -> this.planner.create(setup(), task("Skicka protokollet till kunden", null)))
			.satisfies(failure -> {
				assertThat(failure.retryable()).isTrue();
				assertThat(failure.retryAt()).isNull();
			});
	}

	@Test
	void aLostAnswerIsRetryable() {
		this.graph.stubFor(
				post(urlPathEqualTo("/v1.0/planner/tasks")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

		assertThatExceptionOfType(TaskBoardException.class)
			.isThrownBy(() -> this.planner.create(setup(), task("Skicka protokollet till kunden", null)))
			.satisfies(failure -> assertThat(failure.retryable()).isTrue());
	}

	@Test
	void aRefusalStands() {
		this.graph.stubFor(post(urlPathEqualTo("/v1.0/planner/tasks")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"code\": \"Forbidden\", \"message\": \"You do not have the required permissions "
					+ "to access this item.\"}}")));

		assertThatExceptionOfType(TaskBoardException.class)
			.isThrownBy(() -> this.planner.create(setup(), task("Skicka protokollet till kunden", null)))
			.satisfies(failure -> assertThat(failure.retryable()).isFalse());
	}

	@Test
	void aDirectoryThatRefusesKolleganRefusesForGood() {
		this.graph.stubFor(post(urlPathEqualTo("/" + DIRECTORY + "/oauth2/v2.0/token"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided."}
					""")));

		assertThatExceptionOfType(TaskBoardException.class)
			.isThrownBy(() -> this.planner.create(setup(), task("Skicka protokollet till kunden", null)))
			.satisfies(failure -> assertThat(failure.retryable()).isFalse());
		this.graph.verify(0, anyRequestedFor(urlPathEqualTo("/v1.0/planner/tasks")));
	}

	@Test
	void asksNothingForATenantWithoutAMicrosoftDirectory() {
		given(this.tenants.findById(this.tenantId)).willReturn(Optional
			.of(new Tenant(this.tenantId, "kommun-a", "Kommun A", ZoneOffset.UTC, ConsentLevel.PLUS, null)));

		assertThatExceptionOfType(TaskBoardException.class)
			.isThrownBy(() -> this.planner.create(setup(), task("Skicka protokollet till kunden", null)))
			.satisfies(failure -> assertThat(failure.retryable()).isFalse());
		this.graph.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void findsTheTaskALostCreateMadeBySameTitleAndBucketSinceThePushBegan() {
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/planner/plans/" + PLAN + "/tasks"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.willReturn(json("/planner/plan-tasks.json", 200)));

		assertThat(this.planner.findCreated(setup(), task("Skicka protokollet till kunden", null),
				Instant.parse("2026-12-01T10:00:03Z")))
			.extracting(ExternalTaskRef::taskId)
			.containsExactly(TASK);
	}

	@Test
	void findsNothingWhenNoSuchTaskWasMade() {
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/planner/plans/" + PLAN + "/tasks"))
			.willReturn(json("/planner/plan-tasks.json", 200)));

		assertThat(this.planner.findCreated(setup(), task("Boka lokal", null), Instant.parse("2026-12-01T10:00:03Z")))
			.isEmpty();
	}

	@Test
	void aTaskAtHundredPercentIsDone() {
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/planner/tasks/" + TASK))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.willReturn(json("/planner/task-completed.json", 200)));

		assertThat(this.planner.state(this.tenantId, ref())).isEqualTo(TaskState.DONE);
	}

	@Test
	void aTaskUnderHundredPercentIsOpen() {
		this.graph
			.stubFor(get(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)).willReturn(json("/planner/task.json", 200)));

		assertThat(this.planner.state(this.tenantId, ref())).isEqualTo(TaskState.OPEN);
	}

	@Test
	void aDeletedTaskIsClosed() {
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/planner/tasks/" + TASK))
			.willReturn(json("/planner/task-not-found.json", 404)));

		assertThat(this.planner.state(this.tenantId, ref())).isEqualTo(TaskState.CLOSED);
	}

	@Test
	void aThrottledReadIsRetryableWhenGraphSays() {
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/planner/tasks/" + TASK))
			.willReturn(json("/planner/throttled.json", 429).withHeader("Retry-After", "30")));

		assertThatExceptionOfType(TaskBoardException.class).isThrownBy(() -> this.planner.state(this.tenantId, ref()))
			.satisfies(failure -> assertThat(failure.retryAt()).isEqualTo(NOW.plusSeconds(30)));
	}

	@Test
	void completesTheTaskWithTheETagItWasReadWith() {
		stubTask("/planner/task-created.json");
		this.graph.stubFor(patch(urlPathEqualTo("/v1.0/planner/tasks/" + TASK))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("If-Match", equalTo(ETAG))
			.willReturn(aResponse().withStatus(204)));

		assertThat(this.planner.change(this.tenantId, ref(), new TaskChange.Complete()))
			.isEqualTo(TaskChange.Result.CHANGED);

		this.graph.verify(1,
				patchRequestedFor(urlPathEqualTo("/v1.0/planner/tasks/" + TASK))
					.withHeader("Content-Type", equalTo("application/json"))
					.withRequestBody(equalToJson("{\"percentComplete\": 100}")));
	}

	@Test
	void aTaskCompletedAlreadyIsNotSentAgain() {
		stubTask("/planner/task-completed.json");

		assertThat(this.planner.change(this.tenantId, ref(), new TaskChange.Complete()))
			.isEqualTo(TaskChange.Result.ALREADY_SO);

		this.graph.verify(0, patchRequestedFor(anyUrl()));
	}

	@Test
	void movesTheDueDateUnlessTheTaskHasItAlready() {
		stubTask("/planner/task-created.json");
		this.graph
			.stubFor(patch(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)).willReturn(aResponse().withStatus(204)));

		assertThat(
				this.planner.change(this.tenantId, ref(), new TaskChange.Redate(Instant.parse("2026-12-11T16:00:00Z"))))
			.isEqualTo(TaskChange.Result.CHANGED);
		assertThat(
				this.planner.change(this.tenantId, ref(), new TaskChange.Redate(Instant.parse("2026-12-04T16:00:00Z"))))
			.isEqualTo(TaskChange.Result.ALREADY_SO);

		this.graph.verify(1, patchRequestedFor(urlPathEqualTo("/v1.0/planner/tasks/" + TASK))
			.withRequestBody(equalToJson("{\"dueDateTime\": \"2026-12-11T16:00:00Z\"}")));
	}

	@Test
	void assignsTheNewOwnerAndUnassignsTheFormerOne() {
		stubTask("/planner/task-created.json");
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/users/anna.berg%40kommun-a.example"))
			.willReturn(json("/planner/user.json", 200)));
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/users/sara.nilsson%40kommun-a.example"))
			.willReturn(json("/planner/user-new-owner.json", 200)));
		this.graph
			.stubFor(patch(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)).willReturn(aResponse().withStatus(204)));

		assertThat(
				this.planner.change(this.tenantId, ref(),
						new TaskChange.Reassign(EmailAddress.of("anna.berg@kommun-a.example"),
								EmailAddress.of("sara.nilsson@kommun-a.example"))))
			.isEqualTo(TaskChange.Result.CHANGED);

		this.graph.verify(1,
				patchRequestedFor(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)).withHeader("If-Match", equalTo(ETAG))
					.withRequestBody(equalToJson("""
							{"assignments": {
							   "aaa27244-1db4-476a-a5cb-004607466324":
							       {"@odata.type": "#microsoft.graph.plannerAssignment", "orderHint": " !"},
							   "fbab97d0-4932-4511-b675-204639209557": null}}
							""")));
	}

	@Test
	void aNewOwnerTheDirectoryDoesNotKnowLeavesTheAssigneeAsItIs() {
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/users/okand.person%40kommun-a.example"))
			.willReturn(json("/planner/user-not-found.json", 404)));

		assertThat(this.planner.change(this.tenantId, ref(),
				new TaskChange.Reassign(EmailAddress.of("anna.berg@kommun-a.example"),
						EmailAddress.of("okand.person@kommun-a.example"))))
			.isEqualTo(TaskChange.Result.ASSIGNEE_UNKNOWN);

		this.graph.verify(0, anyRequestedFor(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)));
	}

	@Test
	void aTaskChangedMeanwhileIsReadAgainAndTheChangeSentOnceMore() {
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)).inScenario("changed meanwhile")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json("/planner/task-created.json", 200)));
		this.graph.stubFor(patch(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)).inScenario("changed meanwhile")
			.whenScenarioStateIs(Scenario.STARTED)
			.withHeader("If-Match", equalTo(ETAG))
			.willSetStateTo("read again")
			.willReturn(json("/planner/precondition-failed.json", 412)));
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)).inScenario("changed meanwhile")
			.whenScenarioStateIs("read again")
			.willReturn(json("/planner/task-changed-meanwhile.json", 200)));
		this.graph.stubFor(patch(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)).inScenario("changed meanwhile")
			.whenScenarioStateIs("read again")
			.withHeader("If-Match", equalTo(NEWER_ETAG))
			.willReturn(aResponse().withStatus(204)));

		assertThat(this.planner.change(this.tenantId, ref(), new TaskChange.Complete()))
			.isEqualTo(TaskChange.Result.CHANGED);

		this.graph.verify(2, getRequestedFor(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)));
		this.graph.verify(2, patchRequestedFor(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)));
		this.graph.verify(1, patchRequestedFor(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)).withHeader("If-Match",
				equalTo(NEWER_ETAG)));
	}

	@Test
	void anETagRefusedTwiceIsLeftToTheJobsRetry() {
		stubTask("/planner/task-created.json");
		this.graph.stubFor(patch(urlPathEqualTo("/v1.0/planner/tasks/" + TASK))
			.willReturn(json("/planner/precondition-failed.json", 412)));

		assertThatExceptionOfType(TaskBoardException.class)
			.isThrownBy(() -> this.planner.change(this.tenantId, ref(), new TaskChange.Complete()))
			.satisfies(failure -> assertThat(failure.retryable()).isTrue());
		this.graph.verify(2, patchRequestedFor(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)));
	}

	@Test
	void aThrottledOrFailingChangeIsRetryable() {
		stubTask("/planner/task-created.json");
		this.graph.stubFor(patch(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("failing")
			.willReturn(json("/planner/throttled.json", 429).withHeader("Retry-After", "10")));
		this.graph.stubFor(patch(urlPathEqualTo("/v1.0/planner/tasks/" + TASK)).inScenario("busy")
			.whenScenarioStateIs("failing")
			.willReturn(aResponse().withStatus(503)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\": {\"code\": \"ServiceNotAvailable\", \"message\": \"Service unavailable.\"}}")));

		assertThatExceptionOfType(TaskBoardException.class)
			.isThrownBy(() -> this.planner.change(this.tenantId, ref(), new TaskChange.Complete()))
			.satisfies(failure -> {
				assertThat(failure.retryable()).isTrue();
				assertThat(failure.retryAt()).isEqualTo(NOW.plusSeconds(10));
			});
		assertThatExceptionOfType(TaskBoardException.class)
			.isThrownBy(() -> this.planner.change(this.tenantId, ref(), new TaskChange.Complete()))
			.satisfies(failure -> {
				assertThat(failure.retryable()).isTrue();
				assertThat(failure.getMessage()).isEqualTo("Planner answered 503");
			});
	}

	@Test
	void aDeletedTaskIsGoneAndNotAskedAgain() {
		stubTask("/planner/task-not-found.json", 404);

		assertThat(this.planner.change(this.tenantId, ref(), new TaskChange.Complete()))
			.isEqualTo(TaskChange.Result.TASK_GONE);

		this.graph.verify(0, patchRequestedFor(anyUrl()));
	}

	@Test
	void aTaskDeletedBetweenReadAndChangeIsGone() {
		stubTask("/planner/task-created.json");
		this.graph.stubFor(patch(urlPathEqualTo("/v1.0/planner/tasks/" + TASK))
			.willReturn(json("/planner/task-not-found.json", 404)));

		assertThat(this.planner.change(this.tenantId, ref(), new TaskChange.Complete()))
			.isEqualTo(TaskChange.Result.TASK_GONE);
		this.graph.verify(1, patchRequestedFor(anyUrl()));
	}

	private void stubTask(String name) {
		stubTask(name, 200);
	}

	private void stubTask(String name, int status) {
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/planner/tasks/" + TASK))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.willReturn(json(name, status)));
	}

	private TaskBoardSetup setup() {
		return new TaskBoardSetup(this.tenantId, TaskBoardKind.PLANNER, PLAN, BUCKET);
	}

	private ExternalTaskRef ref() {
		return new ExternalTaskRef(TaskBoardKind.PLANNER, TASK, URI.create("https://tasks.office.com/x/Home/Task/y"));
	}

	/** An action due 4 December, 17:00 in Stockholm. */
	private BoardTask task(String title, @Nullable String owner) {
		String marker = "action-6f1c0a52-3b8e-4d7a-9c21-5e4f8a9b0c1d";
		URI link = URI.create("https://kollegan.kommun-a.example/meetings/0b5e/#" + marker);
		return new BoardTask(this.tenantId, ActionItemId.newId(), title, title + "\n" + link, link, marker,
				Instant.parse("2026-12-04T16:00:00Z"),
				(owner != null) ? EmailAddress.of(owner + "@kommun-a.example") : null);
	}

	private static ResponseDefinitionBuilder json(String name, int status) {
		try (InputStream in = GraphPlannerTests.class.getResourceAsStream(name)) {
			return aResponse().withStatus(status)
				.withHeader("Content-Type", "application/json")
				.withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
