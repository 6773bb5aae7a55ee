package se.postboxen.kollegan.adapter.trello;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Trello's REST API against WireMock, with payloads as in Atlassian's reference (see
 * {@code src/test/resources/trello/README.md}): the card's request shape and how key and
 * token travel, the owner as a member by address, a lost create found again by its
 * marker, the card's state read back, the card changed as answers here change its action
 * (and not again when it shows the change), and Trello's throttling, failures and
 * timeouts told apart from refusals.
 */
class TrelloBoardTests {

	private static final String KEY = "0471642aefef5fa1fa76530ce1ba4c85";

	private static final String TOKEN = "9eb76d9a9d02b8dd40c2f3e5df18556c831d4d1fadbe2c45f8310e6c93b5c548";

	private static final String AUTHORIZATION = "OAuth oauth_consumer_key=\"" + KEY + "\", oauth_token=\"" + TOKEN
			+ "\"";

	private static final String BOARD = "54a17d76d4a5072e3931736b";

	private static final String LIST = "54a17e9db559f0356ce022e4";

	private static final String CARD = "54a1844d304d9736e54d2546";

	private static final String MARKER = "action-6f1c0a52-3b8e-4d7a-9c21-5e4f8a9b0c1d";

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private final TenantId tenantId = TenantId.newId();

	private WireMockServer trello;

	private TrelloBoard board;

	@BeforeEach
	void start() {
		this.trello = new WireMockServer(options().dynamicPort());
		this.trello.start();
		TrelloProperties properties = new TrelloProperties(KEY, TOKEN, null, null, URI.create(this.trello.baseUrl()),
				Duration.ofSeconds(2));
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		requests.setReadTimeout(properties.timeout());
		this.board = new TrelloBoard(RestClient.builder().requestFactory(requests).build(), properties,
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@AfterEach
	void stop() {
		this.trello.stop();
	}

	@Test
	void createsTheCardOnTheListWithALinkBackAndTheOwnerAsMember() {
		this.trello.stubFor(get(urlPathEqualTo("/1/boards/" + BOARD + "/members"))
			.withHeader("Authorization", equalTo(AUTHORIZATION))
			.willReturn(json("board-members.json", 200)));
		this.trello.stubFor(post(urlPathEqualTo("/1/cards")).withHeader("Authorization", equalTo(AUTHORIZATION))
			.withHeader("Content-Type", equalTo("application/json"))
			.willReturn(json("card-created.json", 200)));

		ExternalTaskRef card = this.board.create(setup(), task("anna.berg"));

		assertThat(card)
			.isEqualTo(new ExternalTaskRef(TaskBoardKind.TRELLO, CARD, URI.create("https://trello.com/c/gplJv6dx")));
		this.trello.verify(postRequestedFor(urlPathEqualTo("/1/cards")).withRequestBody(equalToJson(
				"""
						{"idList": "54a17e9db559f0356ce022e4", "name": "Skicka protokollet till kunden",
						 "desc": "Skicka protokollet till kunden\\n\\nFrån mötet \\"Styrgruppsmöte\\" 2026-12-01 / From the meeting \\"Styrgruppsmöte\\" on 2026-12-01.\\nhttps://kollegan.kommun-a.example/meetings/0b5e/#action-6f1c0a52-3b8e-4d7a-9c21-5e4f8a9b0c1d",
						 "pos": "bottom", "due": "2026-12-04T16:00:00Z", "idMembers": ["5191197f9433cf5507006338"]}
						""")));
		// Key and token in the header only: nothing secret in a URL.
		assertThat(this.trello.getAllServeEvents())
			.allSatisfy(event -> assertThat(event.getRequest().getUrl()).doesNotContain(KEY).doesNotContain(TOKEN));
	}

	@Test
	void leavesTheCardWithoutMembersWhenNoMemberShowsTheOwnersAddress() {
		this.trello.stubFor(
				get(urlPathEqualTo("/1/boards/" + BOARD + "/members")).willReturn(json("board-members.json", 200)));
		this.trello.stubFor(post(urlPathEqualTo("/1/cards")).willReturn(json("card-created.json", 200)));

		this.board.create(setup(), task("erik.lund"));

		this.trello.verify(postRequestedFor(urlPathEqualTo("/1/cards"))
			.withRequestBody(matchingJsonPath("$.idMembers", absent())));
	}

	@Test
	void aThrottledCreateIsRetryableWhenTrelloSays() {
		this.trello.stubFor(post(urlPathEqualTo("/1/cards"))
			.willReturn(json("rate-limited.json", 429).withHeader("Retry-After", "10")));

		assertThatExceptionOfType(TaskBoardException.class).isThrownBy(() -> this.board.create(setup(), task(null)))
			.satisfies(failure -> {
				assertThat(failure.retryable()).isTrue();
				assertThat(failure.retryAt()).isEqualTo(NOW.plusSeconds(10));
			});
	}

	@Test
	void aServerErrorIsRetryableByTheJobsOwnBackoff() {
		this.trello.stubFor(post(urlPathEqualTo("/1/cards"))
			.willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody("Bad Gateway")));

		assertThatExceptionOfType(TaskBoardException.class).isThrownBy(() -> this.board.create(setup(), task(null)))
			.satisfies(failure -> {
				assertThat(failure.retryable()).isTrue();
				assertThat(failure.retryAt()).isNull();
				assertThat(failure.getMessage()).isEqualTo("Trello answered 502");
			});
	}

	@Test
	void aTimeoutIsRetryable() {
		this.trello
			.stubFor(post(urlPathEqualTo("/1/cards")).willReturn(json("card-created.json", 200).withFixedDelay(5000)));

		assertThatExceptionOfType(TaskBoardException.class).isThrownBy(() -> this.board.create(setup(), task(null)))
			.satisfies(failure -> assertThat(failure.retryable()).isTrue());
	}

	@Test
	void aRefusedTokenStands() {
		this.trello.stubFor(post(urlPathEqualTo("/1/cards")).willReturn(
				aResponse().withStatus(401).withHeader("Content-Type", "text/plain").withBody("invalid token")));

		assertThatExceptionOfType(TaskBoardException.class).isThrownBy(() -> this.board.create(setup(), task(null)))
			.satisfies(failure -> {
				assertThat(failure.retryable()).isFalse();
				assertThat(failure.getMessage()).doesNotContain(TOKEN);
			});
	}

	@Test
	void findsTheCardALostCreateMadeByItsMarker() {
		this.trello.stubFor(get(urlPathEqualTo("/1/boards/" + BOARD + "/cards/all"))
			.withQueryParam("fields", equalTo("id,desc,shortUrl,url"))
			.withHeader("Authorization", equalTo(AUTHORIZATION))
			.willReturn(json("board-cards.json", 200)));

		assertThat(this.board.findCreated(setup(), task(null), NOW)).containsExactly(
				new ExternalTaskRef(TaskBoardKind.TRELLO, CARD, URI.create("https://trello.com/c/gplJv6dx")));
	}

	@Test
	void findsNothingWhenNoCardCarriesTheMarker() {
		this.trello.stubFor(get(urlPathEqualTo("/1/boards/" + BOARD + "/cards/all"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")));

		assertThat(this.board.findCreated(setup(), task(null), NOW)).isEmpty();
	}

	@Test
	void aCardWhoseDueDateIsCompleteIsDone() {
		stubCard("card-complete.json");

		assertThat(this.board.state(this.tenantId, ref())).isEqualTo(TaskState.DONE);
	}

	@Test
	void anArchivedCardIsClosed() {
		stubCard("card-archived.json");

		assertThat(this.board.state(this.tenantId, ref())).isEqualTo(TaskState.CLOSED);
	}

	@Test
	void anyOtherCardIsOpen() {
		stubCard("card-open.json");

		assertThat(this.board.state(this.tenantId, ref())).isEqualTo(TaskState.OPEN);
	}

	@Test
	void aDeletedCardIsClosed() {
		this.trello.stubFor(get(urlPathEqualTo("/1/cards/" + CARD)).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "text/plain")
			.withBody("The requested " + "resource was not found.")));

		assertThat(this.board.state(this.tenantId, ref())).isEqualTo(TaskState.CLOSED);
	}

	@Test
	void aThrottledReadIsRetryableWhenTrelloSays() {
		this.trello.stubFor(get(urlPathEqualTo("/1/cards/" + CARD))
			.willReturn(json("rate-limited.json", 429).withHeader("Retry-After", "3")));

		assertThatExceptionOfType(TaskBoardException.class).isThrownBy(() -> this.board.state(this.tenantId, ref()))
			.satisfies(failure -> assertThat(failure.retryAt()).isEqualTo(NOW.plusSeconds(3)));
		this.trello.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void completesTheCardItsActionWasDoneHere() {
		stubCardToChange();
		this.trello.stubFor(put(urlPathEqualTo("/1/cards/" + CARD)).withHeader("Authorization", equalTo(AUTHORIZATION))
			.withHeader("Content-Type", equalTo("application/json"))
			.willReturn(json("card-created.json", 200)));

		assertThat(this.board.change(this.tenantId, ref(), new TaskChange.Complete()))
			.isEqualTo(TaskChange.Result.CHANGED);

		this.trello.verify(1, putRequestedFor(urlPathEqualTo("/1/cards/" + CARD))
			.withRequestBody(equalToJson("{\"dueComplete\": true}")));
		assertThat(this.trello.getAllServeEvents())
			.allSatisfy(event -> assertThat(event.getRequest().getUrl()).doesNotContain(KEY).doesNotContain(TOKEN));
	}

	@Test
	void aCardCompletedAlreadyIsNotSentAgain() {
		this.trello.stubFor(get(urlPathEqualTo("/1/cards/" + CARD)).willReturn(json("card-complete.json", 200)));

		assertThat(this.board.change(this.tenantId, ref(), new TaskChange.Complete()))
			.isEqualTo(TaskChange.Result.ALREADY_SO);

		this.trello.verify(0, putRequestedFor(anyUrl()));
	}

	@Test
	void movesTheDueDateUnlessTheCardHasItAlready() {
		stubCardToChange();
		this.trello.stubFor(put(urlPathEqualTo("/1/cards/" + CARD)).willReturn(json("card-created.json", 200)));

		assertThat(
				this.board.change(this.tenantId, ref(), new TaskChange.Redate(Instant.parse("2026-12-11T16:00:00Z"))))
			.isEqualTo(TaskChange.Result.CHANGED);
		assertThat(
				this.board.change(this.tenantId, ref(), new TaskChange.Redate(Instant.parse("2026-12-04T16:00:00Z"))))
			.isEqualTo(TaskChange.Result.ALREADY_SO);

		this.trello.verify(1, putRequestedFor(urlPathEqualTo("/1/cards/" + CARD))
			.withRequestBody(equalToJson("{\"due\": \"2026-12-11T16:00:00Z\"}")));
	}

	@Test
	void theNewOwnerTakesTheFormerOnesPlaceAmongTheCardsMembers() {
		stubCardToChange();
		this.trello.stubFor(get(urlPathEqualTo("/1/boards/" + BOARD + "/members"))
			.withHeader("Authorization", equalTo(AUTHORIZATION))
			.willReturn(json("board-members.json", 200)));
		this.trello.stubFor(put(urlPathEqualTo("/1/cards/" + CARD)).willReturn(json("card-created.json", 200)));

		assertThat(
				this.board.change(this.tenantId, ref(),
						new TaskChange.Reassign(EmailAddress.of("anna.berg@kommun-a.example"),
								EmailAddress.of("sara.nilsson@kommun-a.example"))))
			.isEqualTo(TaskChange.Result.CHANGED);

		// Erik, whom someone put on the card, stays.
		this.trello.verify(1, putRequestedFor(urlPathEqualTo("/1/cards/" + CARD)).withRequestBody(
				equalToJson("{\"idMembers\": [\"5a4bd1a3c8e8d1f0b9a2c3d4\", \"5e7c2b9f1d3a4c5b6a7f8e9d\"]}")));
	}

	@Test
	void aNewOwnerWhoseAddressNoMemberShowsLeavesTheMembersAsTheyAre() {
		stubCardToChange();
		this.trello.stubFor(
				get(urlPathEqualTo("/1/boards/" + BOARD + "/members")).willReturn(json("board-members.json", 200)));

		assertThat(
				this.board.change(this.tenantId, ref(),
						new TaskChange.Reassign(EmailAddress.of("anna.berg@kommun-a.example"),
								EmailAddress.of("erik.lund@kommun-a.example"))))
			.isEqualTo(TaskChange.Result.ASSIGNEE_UNKNOWN);

		this.trello.verify(0, putRequestedFor(anyUrl()));
	}

	@Test
	void aDeletedCardIsGoneAndNotAskedAgain() {
		this.trello.stubFor(get(urlPathEqualTo("/1/cards/" + CARD)).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "text/plain")
			.withBody("The requested resource was not found.")));

		assertThat(this.board.change(this.tenantId, ref(), new TaskChange.Complete()))
			.isEqualTo(TaskChange.Result.TASK_GONE);

		this.trello.verify(0, putRequestedFor(anyUrl()));
	}

	@Test
	void aThrottledOrFailingUpdateIsRetryable() {
		stubCardToChange();
		this.trello.stubFor(put(urlPathEqualTo("/1/cards/" + CARD)).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("failing")
			.willReturn(json("rate-limited.json", 429).withHeader("Retry-After", "10")));
		this.trello.stubFor(put(urlPathEqualTo("/1/cards/" + CARD)).inScenario("busy")
			.whenScenarioStateIs("failing")
			.willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html").withBody("Unavailable")));

		assertThatExceptionOfType(TaskBoardException.class)
			.isThrownBy(() -> this.board.change(this.tenantId, ref(), new TaskChange.Complete()))
			.satisfies(failure -> {
				assertThat(failure.retryable()).isTrue();
				assertThat(failure.retryAt()).isEqualTo(NOW.plusSeconds(10));
			});
		assertThatExceptionOfType(TaskBoardException.class)
			.isThrownBy(() -> this.board.change(this.tenantId, ref(), new TaskChange.Complete()))
			.satisfies(failure -> {
				assertThat(failure.retryable()).isTrue();
				assertThat(failure.getMessage()).isEqualTo("Trello answered 503");
			});
	}

	private void stubCardToChange() {
		this.trello.stubFor(get(urlPathEqualTo("/1/cards/" + CARD))
			.withQueryParam("fields", equalTo("idBoard,idMembers,due,dueComplete"))
			.withHeader("Authorization", equalTo(AUTHORIZATION))
			.willReturn(json("card-to-change.json", 200)));
	}

	private void stubCard(String name) {
		this.trello
			.stubFor(get(urlPathEqualTo("/1/cards/" + CARD)).withQueryParam("fields", equalTo("dueComplete,closed"))
				.withHeader("Authorization", equalTo(AUTHORIZATION))
				.willReturn(json(name, 200)));
	}

	private TaskBoardSetup setup() {
		return new TaskBoardSetup(this.tenantId, TaskBoardKind.TRELLO, BOARD, LIST);
	}

	private ExternalTaskRef ref() {
		return new ExternalTaskRef(TaskBoardKind.TRELLO, CARD, URI.create("https://trello.com/c/gplJv6dx"));
	}

	/** The action of the documented card, due 4 December at 17:00 in Stockholm. */
	private BoardTask task(@Nullable String owner) {
		URI link = URI.create("https://kollegan.kommun-a.example/meetings/0b5e/#" + MARKER);
		return new BoardTask(this.tenantId, ActionItemId.newId(), "Skicka protokollet till kunden",
				"Skicka protokollet till kunden\n\nFrån mötet \"Styrgruppsmöte\" 2026-12-01 / From the meeting "
						+ "\"Styrgruppsmöte\" on 2026-12-01.\n" + link,
				link, MARKER, Instant.parse("2026-12-04T16:00:00Z"),
				(owner != null) ? EmailAddress.of(owner + "@kommun-a.example") : null);
	}

	private static ResponseDefinitionBuilder json(String name, int status) {
		try (InputStream in = TrelloBoardTests.class.getResourceAsStream("/trello/" + name)) {
			return aResponse().withStatus(status)
				.withHeader("Content-Type", "application/json")
				.withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
