package se.postboxen.kollegan.adapter.llm;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.document.AnswerUsage;
import se.postboxen.kollegan.document.DocumentId;
import se.postboxen.kollegan.document.Passage;
import se.postboxen.kollegan.document.WrittenAnswer;
import se.postboxen.kollegan.tenant.TenantId;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers to questions about documents from the model against WireMock, with OpenAI's and
 * Azure OpenAI's payloads: what the model is given (the question and the passages,
 * nothing else), which answers stand, what each cost, and the passages answering alone
 * whenever the model fails.
 */
class OpenAiAnswerWriterTests {

	private static final Instant NOW = Instant.parse("2027-03-15T10:05:00Z");

	private static final String OPENAI_PATH = "/v1/chat/completions";

	private static final TenantId TENANT = TenantId.newId();

	private static final DocumentId DOCUMENT = DocumentId.newId();

	private static final String QUESTION = "Hur lång är uppsägningstiden?";

	private static final List<Passage> PASSAGES = List.of(
			new Passage(120, 245,
					"Avtalet förlängs därefter automatiskt med ett år i sänder om det inte sägs upp med tre "
							+ "månaders uppsägningstid."),
			new Passage(300, 360, "Uppsägning ska ske skriftligen till den andra partens kontaktperson."));

	private final JsonMapper json = JsonMapper.builder().build();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final List<AnswerUsage> usages = new CopyOnWriteArrayList<>();

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

	private OpenAiAnswerWriter writer(LlmProperties properties) {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		ChatCompletions completions = new ChatCompletions(
				LlmConfiguration.restClient(properties, ObservationRegistry.NOOP, properties.answerTimeout()),
				properties, new ModelCalls(TestProperties.MODEL, Duration.ofMillis(10), clock));
		return new OpenAiAnswerWriter(completions,
				new UsageMeter(new RecordedUsages(), this.registry, TestProperties.MODEL, TestProperties.PRICE, clock),
				this.usages::add, TestProperties.MODEL, clock);
	}

	private Optional<WrittenAnswer> ask() {
		return writer(TestProperties.at(this.server.baseUrl() + "/v1").build()).write(TENANT, DOCUMENT, QUESTION,
				PASSAGES);
	}

	private void answer(String content) {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH))
			.willReturn(okJson(Payloads.answer("openai/chat-completion.json", content))));
	}

	private double fallbacks(String reason) {
		return this.registry.counter("kollegan.llm.answer.fallbacks", "model", "gpt-4o-mini", "reason", reason).count();
	}

	@Test
	void writesAnAnswerFromTheQuestionAndThePassagesAlone() {
		answer("{\"answer\": \"Uppsägningstiden är tre månader [1], och uppsägningen ska vara skriftlig [2].\","
				+ " \"cited\": [1, 2]}");

		Optional<WrittenAnswer> written = ask();

		assertThat(written)
			.contains(new WrittenAnswer("Uppsägningstiden är tre månader [1], och uppsägningen ska vara skriftlig [2].",
					List.of(1, 2), "gpt-4o-mini"));
		JsonNode request = this.json.readTree(this.server.getAllServeEvents().get(0).getRequest().getBodyAsString());
		assertThat(request.at("/response_format/json_schema/name").asString()).isEqualTo("document_answer");
		assertThat(request.at("/response_format/json_schema/strict").asBoolean()).isTrue();
		assertThat(request.at("/messages/0/role").asString()).isEqualTo("system");
		assertThat(request.at("/messages/0/content").asString()).isEqualTo(Prompts.ANSWER);
		assertThat(request.at("/messages/1/content").asString()).as("the question and the numbered passages, no more")
			.isEqualTo("Question: " + QUESTION + "\n\nPassages:\n[1] " + PASSAGES.get(0).quote() + "\n[2] "
					+ PASSAGES.get(1).quote() + "\n");
		assertThat(request.get("messages")).hasSize(2);
	}

	@Test
	void recordsWhatEachQuestionCostBesideTheRecaps() {
		answer("{\"answer\": \"Tre månader [1].\", \"cited\": [1]}");

		ask();

		// 1,250 tokens in at 1.60 SEK and 310 out at 6.40 SEK per million.
		assertThat(this.usages).containsExactly(
				new AnswerUsage(TENANT, DOCUMENT, "gpt-4o-mini", 1250, 310, new BigDecimal("0.003984"), NOW));
		assertThat(this.registry.counter("kollegan.llm.tokens", "model", "gpt-4o-mini", "direction", "in").count())
			.isEqualTo(1250);
		assertThat(this.registry.counter("kollegan.llm.tokens", "model", "gpt-4o-mini", "direction", "out").count())
			.isEqualTo(310);
	}

	@Test
	void takesTheCitationsFromTheWordsTooAndInOrder() {
		answer("{\"answer\": \"Skriftligen [2], med tre månaders uppsägningstid [1].\", \"cited\": [2]}");

		assertThat(ask()).hasValueSatisfying(written -> assertThat(written.cited()).containsExactly(1, 2));
	}

	@Test
	void aModelThatFindsNoAnswerInThePassagesLeavesThemToAnswerAlone() {
		answer("{\"answer\": \"\", \"cited\": []}");

		assertThat(ask()).isEmpty();
		assertThat(fallbacks("invalid_output")).as("not a failure").isZero();
		assertThat(this.usages).as("but paid for").hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// cites nothing
			"{\"answer\": \"Uppsägningstiden är tre månader.\", \"cited\": []}",
			// cites a passage it was not given
			"{\"answer\": \"Sex månader [3].\", \"cited\": [3]}", "{\"answer\": \"Tre månader [1].\", \"cited\": [0]}",
			// not the schema
			"{\"answer\": \"Tre månader [1].\"}",
			"{\"answer\": \"Tre månader [1].\", \"cited\": [1], \"notes\": \"x\"}", "Tre månader, se avsnitt 1." })
	void anAnswerThatIsNotGroundedInThePassagesIsNoAnswer(String content) {
		answer(content);

		assertThat(ask()).isEmpty();
		assertThat(fallbacks("invalid_output")).isEqualTo(1);
		assertThat(this.usages).as("a useless answer is paid for all the same").hasSize(1);
	}

	@Test
	void thePassagesAnswerAloneWhenTheModelFails() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).willReturn(aResponse().withStatus(503)));

		assertThat(ask()).isEmpty();
		assertThat(fallbacks("unavailable")).isEqualTo(1);
		assertThat(this.usages).as("nothing was paid for").isEmpty();
		this.server.verify(ModelCalls.MAX_ATTEMPTS, postRequestedFor(urlPathEqualTo(OPENAI_PATH)));
	}

	@Test
	void thePassagesAnswerAloneWhenTheModelTakesLongerThanSomeoneWaits() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).willReturn(okJson(
				Payloads.answer("openai/chat-completion.json", "{\"answer\": \"Tre månader [1].\", \"cited\": [1]}"))
			.withFixedDelay(3_000)));

		Optional<WrittenAnswer> written = writer(
				TestProperties.at(this.server.baseUrl() + "/v1").timeout(Duration.ofMillis(300)).build())
			.write(TENANT, DOCUMENT, QUESTION, PASSAGES);

		assertThat(written).isEmpty();
		assertThat(fallbacks("timeout")).isEqualTo(1);
	}

	@Test
	void aBusyModelIsAskedAgainAfterTheWaitItNames() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).inScenario("busy")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "0")
				.withHeader("Content-Type", "application/json")
				.withBody(Payloads.file("openai/rate-limited.json")))
			.willSetStateTo("free"));
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).inScenario("busy")
			.whenScenarioStateIs("free")
			.willReturn(okJson(Payloads.answer("openai/chat-completion.json",
					"{\"answer\": \"Tre månader [1].\", \"cited\": [1]}"))));

		assertThat(ask()).hasValueSatisfying(written -> assertThat(written.text()).isEqualTo("Tre månader [1]."));
		this.server.verify(2, postRequestedFor(urlPathEqualTo(OPENAI_PATH)));
	}

	@Test
	void readsAzureOpenAiAlikeAndTakesAFilteredAnswerForNone() {
		String path = "/openai/deployments/recap-gpt4o/chat/completions";
		LlmProperties azure = TestProperties.at(this.server.baseUrl()).azure("recap-gpt4o", "azure-key").build();
		this.server.stubFor(post(urlPathEqualTo(path)).inScenario("azure")
			.whenScenarioStateIs(STARTED)
			.willReturn(okJson(Payloads.answer("azure-openai/chat-completion.json",
					"{\"answer\": \"Tre månader [1].\", \"cited\": [1]}")))
			.willSetStateTo("filtered"));
		this.server.stubFor(post(urlPathEqualTo(path)).inScenario("azure")
			.whenScenarioStateIs("filtered")
			.willReturn(okJson(Payloads.file("azure-openai/content-filtered.json"))));

		assertThat(writer(azure).write(TENANT, DOCUMENT, QUESTION, PASSAGES)).isPresent();
		assertThat(writer(azure).write(TENANT, DOCUMENT, QUESTION, PASSAGES)).isEmpty();
		assertThat(fallbacks("invalid_output")).isEqualTo(1);
		assertThat(this.usages).extracting(AnswerUsage::promptTokens).first().isEqualTo(980L);
	}

}
