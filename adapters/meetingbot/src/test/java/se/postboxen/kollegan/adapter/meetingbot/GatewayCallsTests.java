package se.postboxen.kollegan.adapter.meetingbot;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.attendance.BotGatewayException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Retries, waits and the circuit breaker every gateway call goes through, against
 * WireMock; how long a call waited is read from WireMock's request log, not timed here.
 */
class GatewayCallsTests {

	private static final Instant NOW = Instant.parse("2027-03-15T08:58:00Z");

	private WireMockServer gateway;

	private RestClient http;

	private GatewayCalls calls;

	@BeforeEach
	void start() {
		this.gateway = new WireMockServer(options().dynamicPort());
		this.gateway.start();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.http = RestClient.builder().requestFactory(requests).build();
		this.calls = new GatewayCalls("test", Duration.ofMillis(10), Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@AfterEach
	void stop() {
		this.gateway.stop();
	}

	private String createBot() {
		return this.calls.call(() -> this.http.post()
			.uri(this.gateway.baseUrl() + "/api/v1/bots")
			.body("{}")
			.retrieve()
			.body(String.class));
	}

	private int requests() {
		return this.gateway.countRequestsMatching(postRequestedFor(urlPathEqualTo("/api/v1/bots")).build()).getCount();
	}

	@Test
	void waitsAsLongAsTheGatewayAsksThenTriesAgain() {
		this.gateway.stubFor(post(urlPathEqualTo("/api/v1/bots")).inScenario("throttled")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
			.willSetStateTo("open"));
		this.gateway.stubFor(post(urlPathEqualTo("/api/v1/bots")).inScenario("throttled")
			.whenScenarioStateIs("open")
			.willReturn(aResponse().withStatus(201).withBody("created")));

		assertThat(createBot()).isEqualTo("created");

		List<ServeEvent> served = this.gateway.getAllServeEvents()
			.stream()
			.sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
			.toList();
		assertThat(served).hasSize(2);
		assertThat(Duration.between(served.get(0).getRequest().getLoggedDate().toInstant(),
				served.get(1).getRequest().getLoggedDate().toInstant()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void givesUpAfterThreeFailuresAndLeavesTheRestToTheJobQueue() {
		this.gateway.stubFor(post(urlPathEqualTo("/api/v1/bots")).willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(BotGatewayException.class).isThrownBy(this::createBot).satisfies(ex -> {
			assertThat(ex.retryable()).isTrue();
			assertThat(ex.retryAt()).isNull();
		});
		assertThat(requests()).isEqualTo(3);
	}

	@Test
	void triesAgainAfterAnInputOutputError() {
		this.gateway.stubFor(
				post(urlPathEqualTo("/api/v1/bots")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(BotGatewayException.class).isThrownBy(this::createBot)
			.satisfies(ex -> assertThat(ex.retryable()).isTrue());
		assertThat(requests()).isEqualTo(3);
	}

	@Test
	void aRefusalIsAnAnswerAndIsNotRetried() {
		this.gateway.stubFor(post(urlPathEqualTo("/api/v1/bots")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"meeting_url\": [\"Enter a valid URL.\"]}")));

		assertThatExceptionOfType(BotGatewayException.class).isThrownBy(this::createBot)
			.satisfies(ex -> assertThat(ex.retryable()).isFalse());
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	void aRetryAfterBeyondTheLongestWaitIsNotWaitedFor() {
		this.gateway.stubFor(post(urlPathEqualTo("/api/v1/bots"))
			.willReturn(aResponse().withStatus(503).withHeader("Retry-After", "Mon, 15 Mar 2027 09:00:00 GMT")));

		assertThatExceptionOfType(BotGatewayException.class).isThrownBy(this::createBot).satisfies(ex -> {
			assertThat(ex.retryable()).isTrue();
			assertThat(ex.retryAt()).isEqualTo(Instant.parse("2027-03-15T09:00:00Z"));
		});
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	void aFailingGatewayIsNotCalledAtAllOnceTheBreakerOpens() {
		this.gateway.stubFor(post(urlPathEqualTo("/api/v1/bots")).willReturn(aResponse().withStatus(503)));
		assertThatExceptionOfType(BotGatewayException.class).isThrownBy(this::createBot);
		assertThatExceptionOfType(BotGatewayException.class).isThrownBy(this::createBot);
		int beforeOpen = requests();

		assertThatExceptionOfType(BotGatewayException.class).isThrownBy(this::createBot)
			.satisfies(ex -> assertThat(ex.retryable()).isTrue());

		assertThat(beforeOpen).isEqualTo(5);
		assertThat(requests()).isEqualTo(beforeOpen);
	}

	@Test
	void refusalsNeverOpenTheBreaker() {
		this.gateway.stubFor(post(urlPathEqualTo("/api/v1/bots")).willReturn(aResponse().withStatus(404)));

		for (int i = 0; i < 12; i++) {
			assertThatExceptionOfType(BotGatewayException.class).isThrownBy(this::createBot)
				.satisfies(ex -> assertThat(ex.retryable()).isFalse());
		}

		assertThat(requests()).isEqualTo(12);
	}

}
