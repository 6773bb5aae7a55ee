package se.postboxen.kollegan.bot.action;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.action.ExternalTaskRef;
import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.action.TaskBoardSetup;
import se.postboxen.kollegan.action.TaskBoards;
import se.postboxen.kollegan.action.TaskPush;
import se.postboxen.kollegan.action.UpdateTaskJob;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.demo.DemoTenant;
import se.postboxen.kollegan.jobs.DeadJob;
import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.module.EnabledModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Actions pushed to Trello and to Planner through the job queue, with Trello and Graph
 * played by WireMock: each action becomes one task even when the first create's answer is
 * lost after the task was made and the job runs again; the task's id and link are stored
 * on the action; a board that refuses leaves the push failed and the job dead; a card
 * completed in Trello (its webhook) makes the action done here; an answer here changes
 * the task there once, through an {@code UPDATE_TASK} job queued with the answer, however
 * often the answer is given or the job runs; and the tenant's administrator chooses the
 * board through the API.
 */
@KolleganIntegrationTest
class TaskBoardIntegrationTests {

	static final WireMockServer trello = new WireMockServer(options().dynamicPort());

	static final WireMockServer graph = new WireMockServer(options().dynamicPort());

	static {
		trello.start();
		graph.start();
	}

	private static final String APP_SECRET = "trello-app-secret-for-tests";

	private static final String CALLBACK = "https://kollegan.kommun-a.example/api/trello/webhook";

	private static final String BOARD = "54a17d76d4a5072e3931736b";

	private static final String LIST = "54a17e9db559f0356ce022e4";

	private static final String CARD = "54a1844d304d9736e54d2546";

	/** Another card, so that no test's action is linked to another test's card. */
	private static final String COMPLETED_CARD = "54a1844d304d9736e54d2c0d";

	private static final String PLAN = "xqQg5FS2LkCp935s-FIFm2QAFkHM";

	private static final String BUCKET = "hsOf2dhOJkqyYYZEtdzDe2QAIUCR";

	private static final String PLANNER_TASK = "01gzSlKkIUSUl6DF_EilrmQAKDhh";

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** The ETag of Microsoft's examples: Planner's weak ETags carry quotes. */
	private static final String PLANNER_ETAG = "W/\"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc=\"";

	private static final EmailAddress ERIK = EmailAddress.of("erik.lund@kommun-a.example");

	@DynamicPropertySource
	static void boards(DynamicPropertyRegistry properties) {
		properties.add("kollegan.trello.api-key", () -> "0471642aefef5fa1fa76530ce1ba4c85");
		properties.add("kollegan.trello.api-token", () -> "trello-token-for-tests");
		properties.add("kollegan.trello.app-secret", () -> APP_SECRET);
		properties.add("kollegan.trello.webhook-url", () -> CALLBACK);
		properties.add("kollegan.trello.base-url", trello::baseUrl);
		// Short enough for the lost answer below, long enough for a cold first call.
		properties.add("kollegan.trello.timeout", () -> "2s");
		properties.add("kollegan.graph.client-id", () -> "kollegan-app");
		properties.add("kollegan.graph.client-secret", () -> "test-client-secret-value");
		properties.add("kollegan.graph.base-url", () -> graph.baseUrl() + "/v1.0");
		properties.add("kollegan.graph.login-url", graph::baseUrl);
	}

	@AfterAll
	static void stopServers() {
		trello.stop();
		graph.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	TaskBoards boards;

	@Autowired
	ActionItems actions;

	@Autowired
	Meetings meetings;

	@Autowired
	JobQueue jobs;

	@Autowired
	ActionFollowUps followUps;

	@Autowired
	UpdateTaskJob updateTaskJob;

	@Autowired
	Transactions transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantModules modules;

	@BeforeEach
	void resetServers() {
		trello.resetAll();
		graph.resetAll();
	}

	@Test
	void anActionIsPushedToTrelloOnceThoughTheFirstAnswerTimesOutAfterTheCardWasMade() {
		use(new TaskBoardSetup(demoA(), TaskBoardKind.TRELLO, BOARD, LIST));
		Meeting meeting = meeting();
		ActionItem action = action(meeting, "Skicka protokollet till kunden");
		trello.stubFor(get(urlPathEqualTo("/1/boards/" + BOARD + "/members")).willReturn(json("""
				[{"id": "5191197f9433cf5507006338", "fullName": "Erik Lund", "username": "eriklund",
				  "email": "erik.lund@kommun-a.example"}]""")));
		// The first create makes the card but answers after the client gave up; a second
		// create would make another.
		trello.stubFor(post(urlPathEqualTo("/1/cards")).inScenario("lost answer")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("card made")
			.willReturn(json(card(CARD, "gplJv6dx")).withFixedDelay(6000)));
		trello.stubFor(post(urlPathEqualTo("/1/cards")).inScenario("lost answer")
			.whenScenarioStateIs("card made")
			.willReturn(json(card("54a1844d304d9736e54d9999", "dupl1cat"))));
		trello.stubFor(get(urlPathEqualTo("/1/boards/" + BOARD + "/cards/all")).willReturn(json("""
				[{"id": "%s", "shortUrl": "https://trello.com/c/gplJv6dx",
				  "desc": "Skicka protokollet till kunden\\n\\nhttps://kollegan.example/meetings/%s#action-%s"}]"""
			.formatted(CARD, meeting.id().value(), action.id().value()))));

		assertThat(this.boards.enqueuePushes(demoA(), meeting.id())).isEqualTo(1);

		await().atMost(Duration.ofSeconds(30)).until(() -> linked(action) != null);
		assertThat(linked(action))
			.isEqualTo(new ExternalTaskRef(TaskBoardKind.TRELLO, CARD, URI.create("https://trello.com/c/gplJv6dx")));
		trello.verify(1, postRequestedFor(urlPathEqualTo("/1/cards")));
		trello.verify(postRequestedFor(urlPathEqualTo("/1/cards"))
			.withRequestBody(matchingJsonPath("$.idMembers[0]", equalTo("5191197f9433cf5507006338")))
			.withRequestBody(matchingJsonPath("$.desc", containing("#action-" + action.id().value()))));

		// The job again, and the recap queuing pushes again: nothing more is made.
		assertThat(this.boards.push(demoA(), action.id(), false)).isEqualTo(JobOutcome.done());
		assertThat(this.boards.enqueuePushes(demoA(), meeting.id())).isZero();
		trello.verify(1, postRequestedFor(urlPathEqualTo("/1/cards")));
		assertThat(this.boards.pushes(demoA(), meeting.id()).get(action.id()).state()).isEqualTo(TaskPush.State.PUSHED);
	}

	@Test
	void anActionIsPushedToPlannerOnceThoughTheConnectionDropsAfterTheTaskWasMade() {
		use(new TaskBoardSetup(demoA(), TaskBoardKind.PLANNER, PLAN, BUCKET));
		Meeting meeting = meeting();
		ActionItem action = action(meeting, "Boka lokal till workshopen " + System.nanoTime());
		String directory = DemoTenant.A.directoryId();
		graph.stubFor(post(urlPathEqualTo("/" + directory + "/oauth2/v2.0/token")).willReturn(json("""
				{"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": "planner-token"}
				""")));
		graph.stubFor(get(urlPathEqualTo("/v1.0/users/erik.lund%40kommun-a.example"))
			.willReturn(json("{\"id\": \"fbab97d0-4932-4511-b675-204639209557\"}")));
		graph.stubFor(post(urlPathEqualTo("/v1.0/planner/tasks")).inScenario("dropped")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("task made")
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		graph.stubFor(post(urlPathEqualTo("/v1.0/planner/tasks")).inScenario("dropped")
			.whenScenarioStateIs("task made")
			.willReturn(json("{\"id\": \"second-task-that-must-not-be\"}").withStatus(201)));
		graph.stubFor(get(urlPathEqualTo("/v1.0/planner/plans/" + PLAN + "/tasks")).willReturn(json("""
				{"value": [{"planId": "%s", "bucketId": "%s", "title": "%s", "createdDateTime": "%s",
				            "percentComplete": 0, "id": "%s"}]}
				""".formatted(PLAN, BUCKET, action.text(), Instant.now(), PLANNER_TASK))));

		assertThat(this.boards.enqueuePushes(demoA(), meeting.id())).isEqualTo(1);

		await().atMost(Duration.ofSeconds(30)).until(() -> linked(action) != null);
		assertThat(linked(action)).isEqualTo(new ExternalTaskRef(TaskBoardKind.PLANNER, PLANNER_TASK,
				URI.create("https://tasks.office.com/" + directory + "/Home/Task/" + PLANNER_TASK)));
		graph.verify(1, postRequestedFor(urlPathEqualTo("/v1.0/planner/tasks")));
		graph.verify(postRequestedFor(urlPathEqualTo("/v1.0/planner/tasks"))
			.withHeader("Authorization", equalTo("Bearer planner-token"))
			.withRequestBody(matchingJsonPath("$.assignments['fbab97d0-4932-4511-b675-204639209557']"))
			.withRequestBody(matchingJsonPath("$.bucketId", equalTo(BUCKET))));

		// Before a nudge: completed in Planner is done here.
		graph.stubFor(get(urlPathEqualTo("/v1.0/planner/tasks/" + PLANNER_TASK))
			.willReturn(json("{\"id\": \"%s\", \"percentComplete\": 100}".formatted(PLANNER_TASK))));
		assertThat(this.boards.syncFromBoard(demoA(), action.id())).isEqualTo(ActionStatus.DONE);
		assertThat(this.actions.findById(demoA(), action.id()).orElseThrow().status()).isEqualTo(ActionStatus.DONE);
	}

	@Test
	void aBoardThatRefusesLeavesThePushFailedAndTheJobDead() {
		String refusingList = "54a17e9db559f0356ce0dead";
		use(new TaskBoardSetup(demoA(), TaskBoardKind.TRELLO, BOARD, refusingList));
		Meeting meeting = meeting();
		ActionItem action = action(meeting, "Uppdatera riskregistret");
		trello.stubFor(get(urlPathEqualTo("/1/boards/" + BOARD + "/members")).willReturn(json("[]")));
		trello.stubFor(get(urlPathEqualTo("/1/boards/" + BOARD + "/cards/all")).willReturn(json("[]")));
		trello.stubFor(post(urlPathEqualTo("/1/cards")).willReturn(
				aResponse().withStatus(401).withHeader("Content-Type", "text/plain").withBody("invalid token")));

		this.boards.enqueuePushes(demoA(), meeting.id());

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jobs.dead(demoA(), 50)
				.stream()
				.map(DeadJob::key)
				.anyMatch(key -> key.value().equals("push:" + action.id().value())));
		assertThat(this.boards.pushes(demoA(), meeting.id()).get(action.id())).satisfies(push -> {
			assertThat(push.state()).isEqualTo(TaskPush.State.FAILED);
			assertThat(push.error()).isEqualTo("Trello answered 401");
		});
		assertThat(linked(action)).isNull();
	}

	@Test
	void aCardCompletedInTrelloMakesTheActionDone() {
		ActionItem action = action(meeting(), "Skicka protokollet till kunden");
		action.linkExternalTask(
				new ExternalTaskRef(TaskBoardKind.TRELLO, COMPLETED_CARD, URI.create("https://trello.com/c/gplJv6dx")));
		this.actions.save(action);
		trello.stubFor(get(urlPathEqualTo("/1/cards/" + COMPLETED_CARD))
			.willReturn(json("{\"id\": \"%s\", \"dueComplete\": true, \"closed\": false}".formatted(COMPLETED_CARD))));
		byte[] delivery = """
				{"model": {"id": "%s", "name": "Styrgruppen"},
				 "action": {"id": "592f11060f95a3d3d46a987a", "idMemberCreator": "5191197f9433cf5507006338",
				            "type": "updateCard", "date": "2026-12-03T14:02:11.120Z",
				            "data": {"board": {"id": "%s"}, "list": {"id": "%s"},
				                     "card": {"id": "%s", "dueComplete": true}, "old": {"dueComplete": false}}}}
				""".formatted(BOARD, BOARD, LIST, COMPLETED_CARD).getBytes(StandardCharsets.UTF_8);
		Api webhook = Api.anonymous(this.port);

		HttpResponse<String> forged = webhook.method("POST", "/api/trello/webhook", "application/json", delivery,
				"X-Trello-Webhook", signature(delivery, "https://elsewhere.example/api/trello/webhook"));
		assertThat(forged.statusCode()).isEqualTo(401);

		HttpResponse<String> genuine = webhook.method("POST", "/api/trello/webhook", "application/json", delivery,
				"X-Trello-Webhook", signature(delivery, CALLBACK));
		assertThat(genuine.statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.actions.findById(demoA(), action.id()).orElseThrow().status() == ActionStatus.DONE);
		trello.verify(1, getRequestedFor(urlPathEqualTo("/1/cards/" + COMPLETED_CARD)));
	}

	@Test
	void doneHereCompletesThePlannerTaskOnceHoweverOftenTheAnswerIsGivenOrTheJobRuns() {
		use(new TaskBoardSetup(demoA(), TaskBoardKind.PLANNER, PLAN, BUCKET));
		String task = "gcrYAaAkgU2EQUvpkNNXLGQAGTtu";
		ActionItem action = linked(action(meeting(), "Boka lokal till workshopen"), TaskBoardKind.PLANNER, task);
		Person erik = new Person("Erik Lund", ERIK);
		String directory = DemoTenant.A.directoryId();
		graph.stubFor(post(urlPathEqualTo("/" + directory + "/oauth2/v2.0/token")).willReturn(json("""
				{"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": "planner-token"}
				""")));
		// Planner as it behaves: the task read with its ETag, changed with it, and read
		// completed (with a newer ETag) from then on.
		graph.stubFor(get(urlPathEqualTo("/v1.0/planner/tasks/" + task)).inScenario("completed")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(plannerTask(task, 0, PLANNER_ETAG))));
		graph.stubFor(patch(urlPathEqualTo("/v1.0/planner/tasks/" + task)).inScenario("completed")
			.whenScenarioStateIs(Scenario.STARTED)
			.withHeader("If-Match", equalTo(PLANNER_ETAG))
			.willSetStateTo("done")
			.willReturn(aResponse().withStatus(204)));
		graph.stubFor(get(urlPathEqualTo("/v1.0/planner/tasks/" + task)).inScenario("completed")
			.whenScenarioStateIs("done")
			.willReturn(json(plannerTask(task, 100, "W/\"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBARCc=\""))));

		// The answer and its job are stored together: an answer rolled back queues
		// nothing.
		assertThatIllegalStateException().isThrownBy(() -> this.transactions.inTransaction(() -> {
			this.followUps.answer(demoA(), ActionAnswer.done(action.id()), erik, Actor.user("erik.lund"));
			throw new IllegalStateException("rolled back");
		}));
		assertThat(updateJobs(action)).isEmpty();

		assertThat(this.followUps.answer(demoA(), ActionAnswer.done(action.id()), erik, Actor.user("erik.lund")))
			.isEqualTo(ActionFollowUps.Result.DONE);
		assertThat(this.followUps.answer(demoA(), ActionAnswer.done(action.id()), erik, Actor.user("erik.lund")))
			.isEqualTo(ActionFollowUps.Result.ALREADY_CLOSED);

		assertThat(updateJobs(action)).singleElement()
			.satisfies(job -> assertThat(job.type()).isEqualTo("UPDATE_TASK"));
		String key = updateJobs(action).get(0).key();
		await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(updateJobs(action).get(0).status()));
		graph.verify(1,
				patchRequestedFor(urlPathEqualTo("/v1.0/planner/tasks/" + task))
					.withHeader("Authorization", equalTo("Bearer planner-token"))
					.withRequestBody(equalToJson("{\"percentComplete\": 100}")));

		// The same job again, as after a crash before it was marked done: the task is
		// read,
		// shows the change, and nothing is sent.
		assertThat(this.updateTaskJob.handle(new JobPayload.UpdateTask(action.id(), ActionAnswer.Kind.DONE, null),
				new JobContext(new JobKey(key), demoA(), 2, Instant.now())))
			.isEqualTo(JobOutcome.done());
		graph.verify(2, getRequestedFor(urlPathEqualTo("/v1.0/planner/tasks/" + task)));
		graph.verify(1, patchRequestedFor(urlPathEqualTo("/v1.0/planner/tasks/" + task)));
		assertThat(audited(action, "action.board-updated")).containsExactlyInAnyOrder("true", "false");
	}

	@Test
	void aNewDateHereMovesTheTrelloCardsDueDateOnce() {
		use(new TaskBoardSetup(demoA(), TaskBoardKind.TRELLO, BOARD, LIST));
		String card = "54a1844d304d9736e54d2d0e";
		Meeting meeting = meeting();
		ActionItem action = linked(action(meeting, "Uppdatera riskregistret"), TaskBoardKind.TRELLO, card);
		Person erik = new Person("Erik Lund", ERIK);
		LocalDate newDue = LocalDate.now(STOCKHOLM).plusDays(7);
		trello.stubFor(get(urlPathEqualTo("/1/cards/" + card)).willReturn(json("""
				{"id": "%s", "idBoard": "%s", "idMembers": ["5191197f9433cf5507006338"],
				 "due": "%s", "dueComplete": false}""".formatted(card, BOARD,
				action.due().atTime(17, 0).atZone(STOCKHOLM).toInstant()))));
		trello.stubFor(put(urlPathEqualTo("/1/cards/" + card)).willReturn(json(card(card, "gplJv6dx"))));

		assertThat(this.followUps.answer(demoA(), ActionAnswer.newDate(action.id(), newDue), erik,
				Actor.user("erik.lund")))
			.isEqualTo(ActionFollowUps.Result.REDATED);
		assertThat(this.followUps.answer(demoA(), ActionAnswer.newDate(action.id(), newDue), erik,
				Actor.user("erik.lund")))
			.isEqualTo(ActionFollowUps.Result.REDATED);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> updateJobs(action).stream().allMatch(job -> "DONE".equals(job.status())));
		assertThat(updateJobs(action)).hasSize(1);
		trello.verify(1, putRequestedFor(urlPathEqualTo("/1/cards/" + card)).withRequestBody(
				equalToJson("{\"due\": \"%s\"}".formatted(newDue.atTime(17, 0).atZone(STOCKHOLM).toInstant()))));
	}

	@Test
	void withTaskBoardsOffNothingGoesToTheBoardSetUpBeforeAndOnceOnAgainItDoes() {
		use(new TaskBoardSetup(demoA(), TaskBoardKind.TRELLO, BOARD, LIST));
		String madeNow = "54a1844d304d9736e54d0ff0";
		trello.stubFor(get(urlPathEqualTo("/1/boards/" + BOARD + "/members")).willReturn(json("[]")));
		trello.stubFor(post(urlPathEqualTo("/1/cards")).willReturn(json(card(madeNow, "0ff0ff0f"))));
		Meeting meeting = meeting();
		ActionItem queuedBefore = action(meeting, "Boka lokal till workshopen");
		String key = "push:" + queuedBefore.id().value();
		withTaskBoardsOff(() -> {
			// A push queued just before the switch, and the recap's pushes after it.
			this.jobs.enqueue(new JobRequest(new JobKey(key), new JobPayload.PushAction(queuedBefore.id()), demoA(),
					null, Instant.now()));
			assertThat(this.boards.enqueuePushes(demoA(), meeting.id())).isZero();

			await().atMost(Duration.ofSeconds(30)).until(() -> jobStatus(key), "DONE"::equals);
			trello.verify(0, anyRequestedFor(urlPathEqualTo("/1/cards")));
			assertThat(this.boards.pushes(demoA(), meeting.id())).isEmpty();
			assertThat(this.boards.setup(demoA())).isPresent();
		});

		Meeting later = meeting();
		ActionItem action = action(later, "Skicka kallelsen till nämnden");
		assertThat(this.boards.enqueuePushes(demoA(), later.id())).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30)).until(() -> linked(action) != null);
		assertThat(linked(action).taskId()).isEqualTo(madeNow);
		trello.verify(1, postRequestedFor(urlPathEqualTo("/1/cards")));
	}

	@Test
	void withTaskBoardsOffACardCompletedInTrelloIsNotFollowed() {
		String card = "54a1844d304d9736e54d0ff1";
		ActionItem action = linked(action(meeting(), "Skicka protokollet till kunden"), TaskBoardKind.TRELLO, card);
		trello.stubFor(get(urlPathEqualTo("/1/cards/" + card))
			.willReturn(json("{\"id\": \"%s\", \"dueComplete\": true, \"closed\": false}".formatted(card))));
		withTaskBoardsOff(() -> {
			String key = "task-state:trello:" + System.nanoTime();
			this.jobs.enqueue(new JobRequest(new JobKey(key), new JobPayload.SyncTaskState(action.id()), demoA(), null,
					Instant.now()));

			await().atMost(Duration.ofSeconds(30)).until(() -> jobStatus(key), "DONE"::equals);
			trello.verify(0, getRequestedFor(urlPathEqualTo("/1/cards/" + card)));
			assertThat(this.actions.findById(demoA(), action.id()).orElseThrow().status()).isEqualTo(ActionStatus.OPEN);
		});
	}

	/** Task boards off for demo-a while the work runs, and on again whatever happens. */
	private void withTaskBoardsOff(Runnable work) {
		this.modules.disable(demoA(), Module.TASK_BOARDS);
		try {
			work.run();
		}
		finally {
			this.modules.enable(new EnabledModule(demoA(), Module.TASK_BOARDS,
					Instant.now().truncatedTo(ChronoUnit.MICROS), Actor.system("test")));
		}
	}

	private String jobStatus(String key) {
		return this.jdbc.sql("SELECT status FROM agent_job WHERE job_key = :key")
			.param("key", key)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Test
	void trellosCheckOfTheWebhookUrlIsAnswered() {
		HttpResponse<String> check = Api.anonymous(this.port).method("HEAD", "/api/trello/webhook");

		assertThat(check.statusCode()).isEqualTo(200);
		trello.verify(0, anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
	}

	@Test
	void theAdministratorChoosesTheBoardAndAuditorsMayLook() {
		Api admin = Api.as(this.port, "demo-a-admin");

		HttpResponse<String> put = admin.putJson("/api/admin/task-board", """
				{"board": "TRELLO", "boardId": "%s", "listId": "%s"}""".formatted(BOARD, LIST));
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

		JsonNode board = Api.json(Api.as(this.port, "demo-a-auditor").get("/api/admin/task-board"));
		assertThat(board.get("board").asString()).isEqualTo("TRELLO");
		assertThat(board.get("boardId").asString()).isEqualTo(BOARD);
		assertThat(board.get("listId").asString()).isEqualTo(LIST);
		assertThat(board.get("available").valueStream().map(JsonNode::asString)).containsExactly("PLANNER", "TRELLO");

		HttpResponse<String> byMember = Api.as(this.port, "demo-a-member").putJson("/api/admin/task-board", """
				{"board": "PLANNER", "planId": "%s", "bucketId": "%s"}""".formatted(PLAN, BUCKET));
		assertThat(byMember.statusCode()).isEqualTo(403);

		assertThat(admin.method("DELETE", "/api/admin/task-board").statusCode()).isEqualTo(204);
		assertThat(Api.json(admin.get("/api/admin/task-board")).get("board").isNull()).isTrue();
	}

	@Test
	void aBoardWithMissingOrForeignIdsIsRefusedNamingTheFields() {
		Api admin = Api.as(this.port, "demo-a-admin");

		HttpResponse<String> planner = admin.putJson("/api/admin/task-board", """
				{"board": "PLANNER", "planId": " ", "boardId": "%s"}""".formatted(BOARD));
		HttpResponse<String> trelloIds = admin.putJson("/api/admin/task-board", """
				{"board": "TRELLO", "boardId": "not-a-trello-id", "listId": "%s"}""".formatted(LIST));
		HttpResponse<String> unknown = admin.putJson("/api/admin/task-board", """
				{"board": "ASANA", "boardId": "%s", "listId": "%s"}""".formatted(BOARD, LIST));

		assertThat(planner.statusCode()).isEqualTo(400);
		assertThat(fields(planner)).containsExactlyInAnyOrder("planId", "bucketId", "boardId");
		assertThat(Api.json(planner).get("type").asString())
			.isEqualTo("https://kollegan.postboxen.se/problems/validation-failed");
		assertThat(trelloIds.statusCode()).isEqualTo(400);
		assertThat(fields(trelloIds)).containsExactly("boardId");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(fields(unknown)).containsExactly("board");
	}

	private static List<String> fields(HttpResponse<String> problem) {
		return Api.json(problem).get("errors").valueStream().map(error -> error.get("field").asString()).toList();
	}

	private TenantId demoA() {
		return DemoTenant.A.id();
	}

	private void use(TaskBoardSetup setup) {
		this.boards.configure(setup, Actor.system("test"));
	}

	private Meeting meeting() {
		ZonedDateTime start = ZonedDateTime.now(STOCKHOLM).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
		return this.meetings.save(Meeting.schedule(demoA(), "Styrgruppsmöte", null,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + System.nanoTime()), start,
				start.plusHours(1), null, List.of(new Person("Erik Lund", ERIK)), new ExternalIds(null, null), 0,
				null));
	}

	private ActionItem action(Meeting meeting, String text) {
		return this.actions.save(ActionItem.open(demoA(), meeting.id(), text, new Person("Erik Lund", ERIK),
				LocalDate.now(STOCKHOLM).plusDays(3), null, new Confidence(0.9), false));
	}

	private ExternalTaskRef linked(ActionItem action) {
		return this.actions.findById(demoA(), action.id()).orElseThrow().externalTask();
	}

	/** The action as pushed to a task earlier. */
	private ActionItem linked(ActionItem action, TaskBoardKind board, String task) {
		action.linkExternalTask(new ExternalTaskRef(board, task, URI.create("https://example.com/tasks/" + task)));
		return this.actions.save(action);
	}

	private List<QueuedUpdate> updateJobs(ActionItem action) {
		return this.jdbc.sql("SELECT job_key, type, status FROM agent_job WHERE job_key LIKE :key ORDER BY created_at")
			.param("key", "task-update:" + action.id().value() + ":%")
			.query((row, number) -> new QueuedUpdate(row.getString("job_key"), row.getString("type"),
					row.getString("status")))
			.list();
	}

	/** What each audit entry of the kind says about having sent anything. */
	private List<String> audited(ActionItem action, String what) {
		return this.jdbc.sql("SELECT details ->> 'sent' FROM audit_event WHERE subject_id = :id AND action = :what")
			.param("id", action.id().value().toString())
			.param("what", what)
			.query(String.class)
			.list();
	}

	private record QueuedUpdate(String key, String type, String status) {

	}

	private static String plannerTask(String id, int percentComplete, String etag) {
		return """
				{"@odata.etag": "%s", "id": "%s", "planId": "%s", "bucketId": "%s", "title": "Boka lokal till workshopen",
				 "percentComplete": %d, "assignments": {}}"""
			.formatted(etag.replace("\"", "\\\""), id, PLAN, BUCKET, percentComplete);
	}

	private static String card(String id, String shortLink) {
		return """
				{"id": "%s", "idBoard": "%s", "idList": "%s", "name": "Skicka protokollet till kunden",
				 "closed": false, "dueComplete": false, "shortLink": "%s", "shortUrl": "https://trello.com/c/%s",
				 "url": "https://trello.com/c/%s/2-skicka-protokollet-till-kunden"}
				""".formatted(id, BOARD, LIST, shortLink, shortLink, shortLink);
	}

	/** What Trello sends: base64 HMAC-SHA1 of body and callback URL, with the secret. */
	private static String signature(byte[] body, String callbackUrl) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			mac.update(body);
			return Base64.getEncoder().encodeToString(mac.doFinal(callbackUrl.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
