package se.postboxen.kollegan.adapter.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.adapter.llm.ModelFailure.Reason;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The chat-completions wire protocol against WireMock with OpenAI's and Azure OpenAI's
 * payloads: the request each provider gets, and what comes of every kind of answer. How
 * long a call waited is read from WireMock's request log, not timed here.
 */
class ChatCompletionsTests {

	private static final Instant NOW = Instant.parse("2027-03-15T08:58:00Z");

	private static final String OPENAI_PATH = "/v1/chat/completions";

	private static final String AZURE_PATH = "/openai/deployments/recap-gpt4o/chat/completions";

	private final JsonMapper json = JsonMapper.builder().build();

	private final Prompts prompts = new Prompts();

	private WireMockServer server;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(options().dynamicPort());
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	private ChatCompletions completions(LlmProperties properties) {
		return new ChatCompletions(LlmConfiguration.restClient(properties, ObservationRegistry.NOOP), properties,
				new ModelCalls(TestProperties.MODEL, Duration.ofMillis(10), Clock.fixed(NOW, ZoneOffset.UTC)));
	}

	private ChatCompletions openAi() {
		return completions(TestProperties.at(this.server.baseUrl() + "/v1").build());
	}

	private String ask(ChatCompletions completions, Tokens tokens) {
		return completions.complete(Prompts.FINDINGS, "Anna Lind: Vi kör på det.", this.prompts.findings, tokens);
	}

	private List<ServeEvent> served() {
		return this.server.getAllServeEvents()
			.stream()
			.sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
			.toList();
	}

	@Test
	void asksOpenAiForStrictJsonSchemaOutputWithABearerKey() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH))
			.willReturn(okJson(Payloads.answer("openai/chat-completion.json", "{\"ok\": true}"))));

		assertThat(ask(openAi(), new Tokens())).isEqualTo("{\"ok\": true}");

		this.server.verify(
				postRequestedFor(urlPathEqualTo(OPENAI_PATH)).withHeader("Authorization", equalTo("Bearer sk-test-key"))
					.withHeader("Content-Type", equalTo("application/json")));
		JsonNode request = this.json.readTree(served().get(0).getRequest().getBodyAsString());
		assertThat(request.path("model").asString()).isEqualTo("gpt-4o-mini");
		assertThat(request.path("messages").get(0).path("role").asString()).isEqualTo("system");
		assertThat(request.path("messages").get(0).path("content").asString()).isEqualTo(Prompts.FINDINGS);
		assertThat(request.path("messages").get(1).path("role").asString()).isEqualTo("user");
		assertThat(request.path("messages").get(1).path("content").asString()).isEqualTo("Anna Lind: Vi kör på det.");
		JsonNode format = request.path("response_format");
		assertThat(format.path("type").asString()).isEqualTo("json_schema");
		assertThat(format.path("json_schema").path("name").asString()).isEqualTo("chunk_findings");
		assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
		assertThat(format.path("json_schema").path("schema")).isEqualTo(this.prompts.findings.schema());
		assertThat(request.has("temperature")).isFalse();
	}

	@Test
	void asksAnAzureDeploymentWithItsApiKeyAndApiVersion() {
		this.server.stubFor(post(urlPathEqualTo(AZURE_PATH))
			.willReturn(okJson(Payloads.answer("azure-openai/chat-completion.json", "{\"ok\": true}"))));
		Tokens tokens = new Tokens();

		assertThat(ask(completions(TestProperties.at(this.server.baseUrl()).azure("recap-gpt4o", "azure-key").build()),
				tokens))
			.isEqualTo("{\"ok\": true}");

		this.server
			.verify(postRequestedFor(urlPathEqualTo(AZURE_PATH)).withQueryParam("api-version", equalTo("2024-10-21"))
				.withHeader("api-key", equalTo("azure-key"))
				.withHeader("Authorization", absent()));
		assertThat(tokens.prompt()).isEqualTo(980);
		assertThat(tokens.completion()).isEqualTo(240);
	}

	@Test
	void sendsNoKeyToASelfHostedServerThatNeedsNone() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH))
			.willReturn(okJson(Payloads.answer("openai/chat-completion.json", "{}"))));

		ask(completions(TestProperties.at(this.server.baseUrl() + "/v1").withoutKey().build()), new Tokens());

		this.server.verify(postRequestedFor(urlPathEqualTo(OPENAI_PATH)).withHeader("Authorization", absent()));
	}

	@Test
	void countsTheTokensTheModelReports() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH))
			.willReturn(okJson(Payloads.answer("openai/chat-completion.json", "{}"))));
		Tokens tokens = new Tokens();

		ask(openAi(), tokens);
		ask(openAi(), tokens);

		assertThat(tokens.prompt()).isEqualTo(2 * 1250);
		assertThat(tokens.completion()).isEqualTo(2 * 310);
	}

	@Test
	void waitsAsLongAsRetryAfterSaysThenTriesAgain() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).inScenario("throttled")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "1")
				.withHeader("Content-Type", "application/json")
				.withBody(Payloads.file("openai/rate-limited.json")))
			.willSetStateTo("open"));
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).inScenario("throttled")
			.whenScenarioStateIs("open")
			.willReturn(okJson(Payloads.answer("openai/chat-completion.json", "{\"ok\": true}"))));

		assertThat(ask(openAi(), new Tokens())).isEqualTo("{\"ok\": true}");

		List<ServeEvent> served = served();
		assertThat(served).hasSize(2);
		assertThat(Duration.between(served.get(0).getRequest().getLoggedDate().toInstant(),
				served.get(1).getRequest().getLoggedDate().toInstant()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void doesNotSitThroughALongerWaitThanAzureAsksInMilliseconds() {
		this.server.stubFor(post(urlPathEqualTo(AZURE_PATH)).willReturn(aResponse().withStatus(429)
			.withHeader("retry-after-ms", "45000")
			.withHeader("Content-Type", "application/json")
			.withBody(Payloads.file("azure-openai/rate-limited.json"))));

		assertThatExceptionOfType(ModelFailure.class)
			.isThrownBy(() -> ask(
					completions(TestProperties.at(this.server.baseUrl()).azure("recap-gpt4o", "azure-key").build()),
					new Tokens()))
			.satisfies(failure -> assertThat(failure.reason()).isEqualTo(Reason.UNAVAILABLE));
		assertThat(served()).hasSize(1);
	}

	@Test
	void givesUpAfterThreeServerErrors() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(ModelFailure.class).isThrownBy(() -> ask(openAi(), new Tokens()))
			.satisfies(failure -> assertThat(failure.reason()).isEqualTo(Reason.UNAVAILABLE));
		assertThat(served()).hasSize(ModelCalls.MAX_ATTEMPTS);
	}

	@Test
	void stopsAskingAFailingModelOnceItsBreakerOpens() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).willReturn(aResponse().withStatus(502)));
		ChatCompletions completions = openAi();
		for (int call = 0; call < 2; call++) {
			assertThatExceptionOfType(ModelFailure.class).isThrownBy(() -> ask(completions, new Tokens()));
		}
		int asked = served().size();

		assertThatExceptionOfType(ModelFailure.class).isThrownBy(() -> ask(completions, new Tokens()))
			.satisfies(failure -> {
				assertThat(failure.reason()).isEqualTo(Reason.UNAVAILABLE);
				assertThat(failure.getMessage()).contains("is not asked for now");
			});
		assertThat(served()).hasSize(asked);
	}

	@Test
	void doesNotAskAgainAfterATimeout() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH))
			.willReturn(okJson(Payloads.answer("openai/chat-completion.json", "{}")).withFixedDelay(3_000)));
		ChatCompletions slow = completions(
				TestProperties.at(this.server.baseUrl() + "/v1").timeout(Duration.ofMillis(300)).build());

		assertThatExceptionOfType(ModelFailure.class).isThrownBy(() -> ask(slow, new Tokens()))
			.satisfies(failure -> assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT));
		assertThat(served()).hasSize(1);
	}

	@Test
	void aRefusalIsAnAnswerAndIsNotRetried() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(Payloads.file("openai/context-too-long.json"))));

		assertThatExceptionOfType(ModelFailure.class).isThrownBy(() -> ask(openAi(), new Tokens()))
			.satisfies(failure -> {
				assertThat(failure.reason()).isEqualTo(Reason.REFUSED);
				assertThat(failure.getMessage()).isEqualTo("Language model gpt-4o-mini answered 400");
			});
		assertThat(served()).hasSize(1);
	}

	@Test
	void anAnswerCutOffAtTheTokenLimitIsUnusableButPaidFor() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).willReturn(okJson(Payloads.file("openai/cut-off.json"))));
		Tokens tokens = new Tokens();

		assertThatExceptionOfType(ModelFailure.class).isThrownBy(() -> ask(openAi(), tokens))
			.satisfies(failure -> assertThat(failure.reason()).isEqualTo(Reason.INVALID_OUTPUT));
		assertThat(tokens.prompt()).isEqualTo(1250);
		assertThat(tokens.completion()).isEqualTo(4096);
	}

	@Test
	void anAnswerAzureFilteredIsUnusable() {
		this.server.stubFor(post(urlPathEqualTo(AZURE_PATH))
			.willReturn(okJson(Payloads.file("azure-openai/content-filtered.json"))));

		assertThatExceptionOfType(ModelFailure.class)
			.isThrownBy(() -> ask(
					completions(TestProperties.at(this.server.baseUrl()).azure("recap-gpt4o", "azure-key").build()),
					new Tokens()))
			.satisfies(failure -> assertThat(failure.reason()).isEqualTo(Reason.INVALID_OUTPUT));
	}

	@ParameterizedTest
	@ValueSource(strings = { "<html>Bad gateway</html>", "{\"choices\": []}" })
	void anAnswerThatIsNoChatCompletionIsUnusable(String body) {
		this.server.stubFor(post(anyUrl())
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));

		assertThatExceptionOfType(ModelFailure.class).isThrownBy(() -> ask(openAi(), new Tokens()))
			.satisfies(failure -> assertThat(failure.reason()).isEqualTo(Reason.INVALID_OUTPUT));
	}

}
