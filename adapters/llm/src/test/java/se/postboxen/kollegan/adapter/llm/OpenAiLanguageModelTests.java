package se.postboxen.kollegan.adapter.llm;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.ActionDraft;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.OfflineExtractor;
import se.postboxen.kollegan.recap.RecapDraft;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.transcript.Transcript;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recaps from the model against WireMock: what is kept of its findings and how, the
 * fallback to the offline extractor, and what each recap cost.
 */
class OpenAiLanguageModelTests {

	private static final Instant NOW = Instant.parse("2027-03-15T10:05:00Z");

	private static final String OPENAI_PATH = "/v1/chat/completions";

	private final JsonMapper json = JsonMapper.builder().build();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final RecordedUsages usages = new RecordedUsages();

	private final Meeting meeting = BudgetMeeting.meeting();

	private final Transcript transcript = BudgetMeeting.transcript();

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

	private OpenAiLanguageModel model(LlmProperties properties) {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		ChatCompletions completions = new ChatCompletions(
				LlmConfiguration.restClient(properties, ObservationRegistry.NOOP), properties,
				new ModelCalls(TestProperties.MODEL, Duration.ofMillis(10), clock));
		return new OpenAiLanguageModel(completions,
				new UsageMeter(this.usages, this.registry, TestProperties.MODEL, TestProperties.PRICE, clock),
				properties);
	}

	private OpenAiLanguageModel openAi() {
		return model(TestProperties.at(this.server.baseUrl() + "/v1").build());
	}

	private void answer(String path, String file, String content) {
		this.server.stubFor(post(urlPathEqualTo(path)).willReturn(okJson(Payloads.answer(file, content))));
	}

	private double fallbacks(String reason) {
		return this.registry.counter("kollegan.llm.fallbacks", "model", "gpt-4o-mini", "reason", reason).count();
	}

	@Test
	void keepsTheModelsFindingsWithQuotesOffsetsAndPeopleFromTheMeeting() {
		answer(OPENAI_PATH, "openai/chat-completion.json", BudgetMeeting.FINDINGS);

		RecapDraft recap = openAi().draft(this.meeting, this.transcript);

		assertThat(recap.language()).isEqualTo("sv");
		assertThat(recap.summary()).startsWith("Budgeten för skolskjutsarna ligger tio procent över.");
		assertThat(recap.topics()).containsExactly("budget", "skolskjuts", "upphandling");
		assertThat(recap.decisions()).singleElement().satisfies(decision -> {
			assertThat(decision.text()).isEqualTo("Den nya upphandlingen gäller från augusti.");
			assertThat(decision.speaker()).isEqualTo(BudgetMeeting.ANNA);
			// The transcript's words and offset, not the model's copy.
			assertThat(decision.source())
				.isEqualTo(new TranscriptSpan(Duration.ofSeconds(150), "vi kör på den nya upphandlingen"));
			assertThat(decision.confidence()).isEqualTo(new Confidence(0.9));
		});
		assertThat(recap.actions()).extracting(ActionDraft::text)
			.containsExactly("Ta fram underlaget till nämnden", "Skicka protokollet till Lisa",
					"Kontakta leverantören");
		ActionDraft underlag = recap.actions().get(0);
		assertThat(underlag.owner()).isEqualTo(BudgetMeeting.SARA);
		assertThat(underlag.due()).isEqualTo(LocalDate.of(2027, 3, 19));
		assertThat(underlag.source()).as("a quote over two cues of one turn starts in the first")
			.isEqualTo(new TranscriptSpan(Duration.ofSeconds(195), "Jag tar fram underlaget till nämnden till fredag"));
		assertThat(underlag.needsConfirmation()).isFalse();
		ActionDraft protokoll = recap.actions().get(1);
		assertThat(protokoll.owner()).isEqualTo(BudgetMeeting.ERIK);
		assertThat(protokoll.due()).isEqualTo(LocalDate.of(2027, 3, 22));
		assertThat(protokoll.source().at()).isEqualTo(Duration.ofSeconds(280));
		assertThat(recap.openQuestions()).containsExactly("Vem pratar med leverantören?");
	}

	@Test
	void leavesOutWhatTheModelQuotesButNobodySaid() {
		answer(OPENAI_PATH, "openai/chat-completion.json", BudgetMeeting.FINDINGS);

		RecapDraft recap = openAi().draft(this.meeting, this.transcript);

		assertThat(recap.actions()).extracting(ActionDraft::text).doesNotContain("Boka lokal till nästa möte");
	}

	@Test
	void leavesOutFindingsThatCannotBeStoredAndKeepsTheRest() {
		answer(OPENAI_PATH, "openai/chat-completion.json",
				BudgetMeeting.FINDINGS.replace("Den nya upphandlingen gäller från augusti.", " ")
					.replace("\"Lisa Ek\"", "\"" + "Lisa ".repeat(50) + "\""));

		RecapDraft recap = openAi().draft(this.meeting, this.transcript);

		assertThat(recap.decisions()).as("a blank decision").isEmpty();
		assertThat(recap.actions()).as("an owner's name of 250 characters")
			.extracting(ActionDraft::text)
			.containsExactly("Ta fram underlaget till nämnden", "Skicka protokollet till Lisa");
	}

	@Test
	void neverGivesAnOwnerAnAddressTheMeetingDidNotGive() {
		answer(OPENAI_PATH, "openai/chat-completion.json", BudgetMeeting.FINDINGS);

		RecapDraft recap = openAi().draft(this.meeting, this.transcript);

		ActionDraft leverantoren = recap.actions().get(2);
		assertThat(leverantoren.owner()).isEqualTo(new Person("Lisa Ek", null));
		assertThat(leverantoren.needsConfirmation()).isTrue();
		assertThat(leverantoren.due()).isNull();
		assertThat(leverantoren.confidence()).isEqualTo(new Confidence(0.4));
	}

	@Test
	void givesNoOwnerWhenTheModelWritesAnAddressTheMeetingDidNotGive() {
		answer(OPENAI_PATH, "openai/chat-completion.json",
				BudgetMeeting.FINDINGS.replace("\"Lisa Ek\"", "\"lisa.ek@kommun.example\""));

		RecapDraft recap = openAi().draft(this.meeting, this.transcript);

		assertThat(recap.actions().get(2).owner()).isNull();
		assertThat(recap.actions().get(2).needsConfirmation()).isTrue();
	}

	@Test
	void readsAzureOpenAiAnswersAlike() {
		answer("/openai/deployments/recap-gpt4o/chat/completions", "azure-openai/chat-completion.json",
				BudgetMeeting.FINDINGS);

		RecapDraft recap = model(TestProperties.at(this.server.baseUrl()).azure("recap-gpt4o", "azure-key").build())
			.draft(this.meeting, this.transcript);

		assertThat(recap.decisions()).hasSize(1);
		assertThat(recap.actions()).hasSize(3);
		assertThat(this.usages.recorded).singleElement().satisfies(usage -> {
			assertThat(usage.promptTokens()).isEqualTo(980);
			assertThat(usage.completionTokens()).isEqualTo(240);
		});
	}

	@Test
	void recordsTheTokensAndCostOfEachMeeting() {
		answer(OPENAI_PATH, "openai/chat-completion.json", BudgetMeeting.FINDINGS);

		openAi().draft(this.meeting, this.transcript);

		// 1,250 tokens in at 1.60 SEK and 310 out at 6.40 SEK per million.
		BigDecimal cost = new BigDecimal("0.003984");
		assertThat(this.usages.of(this.meeting.tenantId(), this.meeting.id())).containsExactly(
				new ModelUsage(this.meeting.tenantId(), this.meeting.id(), "gpt-4o-mini", 1250, 310, cost, NOW));
		assertThat(this.registry.counter("kollegan.llm.tokens", "model", "gpt-4o-mini", "direction", "in").count())
			.isEqualTo(1250);
		assertThat(this.registry.counter("kollegan.llm.tokens", "model", "gpt-4o-mini", "direction", "out").count())
			.isEqualTo(310);
		assertThat(this.registry.summary("kollegan.meeting.cost", "model", "gpt-4o-mini").totalAmount())
			.isEqualTo(cost.doubleValue());
		assertThat(this.registry.summary("kollegan.meeting.cost", "model", "gpt-4o-mini").count()).isEqualTo(1);
	}

	@Test
	void fallsBackToTheOfflineExtractorWhenTheModelTimesOut() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).willReturn(
				okJson(Payloads.answer("openai/chat-completion.json", BudgetMeeting.FINDINGS)).withFixedDelay(3_000)));

		RecapDraft recap = model(
				TestProperties.at(this.server.baseUrl() + "/v1").timeout(Duration.ofMillis(300)).build())
			.draft(this.meeting, this.transcript);

		assertThat(recap).isEqualTo(new OfflineExtractor().draft(this.meeting, this.transcript));
		assertThat(fallbacks("timeout")).isEqualTo(1);
		assertThat(this.usages.recorded).as("nothing was paid for").isEmpty();
	}

	@Test
	void fallsBackWhenTheModelStaysBusy() {
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "0")
			.withHeader("Content-Type", "application/json")
			.withBody(Payloads.file("openai/rate-limited.json"))));

		RecapDraft recap = openAi().draft(this.meeting, this.transcript);

		assertThat(recap).isEqualTo(new OfflineExtractor().draft(this.meeting, this.transcript));
		assertThat(fallbacks("unavailable")).isEqualTo(1);
		this.server.verify(ModelCalls.MAX_ATTEMPTS, postRequestedFor(urlPathEqualTo(OPENAI_PATH)));
	}

	@Test
	void fallsBackWhenTheAnswerIsNotJson() {
		answer(OPENAI_PATH, "openai/chat-completion.json", "Here are the decisions: {\"language\": \"sv\"");

		RecapDraft recap = openAi().draft(this.meeting, this.transcript);

		assertThat(recap).isEqualTo(new OfflineExtractor().draft(this.meeting, this.transcript));
		assertThat(fallbacks("invalid_output")).isEqualTo(1);
		assertThat(this.usages.recorded).as("a useless answer is paid for all the same")
			.singleElement()
			.satisfies(usage -> assertThat(usage.promptTokens()).isEqualTo(1250));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// "actions" missing
			"{\"language\": \"sv\", \"summary\": \"S\", \"topics\": [], \"decisions\": [], \"openQuestions\": []}",
			// a language the schema does not have
			"{\"language\": \"de\", \"summary\": \"S\", \"topics\": [], \"decisions\": [], \"actions\": [], \"openQuestions\": []}",
			// a confidence the schema does not have
			"{\"language\": \"sv\", \"summary\": \"S\", \"topics\": [], \"decisions\": [{\"text\": \"T\", \"quote\": \"Q\", \"confidence\": 0.9}], \"actions\": [], \"openQuestions\": []}",
			// null where the schema allows none
			"{\"language\": \"sv\", \"summary\": null, \"topics\": [], \"decisions\": [], \"actions\": [], \"openQuestions\": []}",
			// a field the schema does not have
			"{\"language\": \"sv\", \"summary\": \"S\", \"topics\": [], \"decisions\": [], \"actions\": [], \"openQuestions\": [], \"notes\": \"x\"}",
			// a boolean left out
			"{\"language\": \"sv\", \"summary\": \"S\", \"topics\": [], \"decisions\": [], \"actions\": [{\"text\": \"T\", \"owner\": null, \"due\": null, \"dueInferred\": false, \"quote\": \"Q\", \"confidence\": \"low\"}], \"openQuestions\": []}" })
	void fallsBackWhenTheAnswerBreaksTheSchema(String content) {
		answer(OPENAI_PATH, "openai/chat-completion.json", content);

		RecapDraft recap = openAi().draft(this.meeting, this.transcript);

		assertThat(recap).isEqualTo(new OfflineExtractor().draft(this.meeting, this.transcript));
		assertThat(fallbacks("invalid_output")).isEqualTo(1);
	}

	@Test
	void recordsWhatWasSpentBeforeTheModelFailedHalfWay() {
		Transcript hour = LongMeeting.transcript("sv", LongMeeting.HOUR_OF_WORDS, 7);
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).inScenario("half-way")
			.whenScenarioStateIs(STARTED)
			.willReturn(okJson(Payloads.answer("openai/chat-completion.json", empty())))
			.willSetStateTo("failing"));
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).inScenario("half-way")
			.whenScenarioStateIs("failing")
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody(Payloads.file("openai/context-too-long.json"))));

		RecapDraft recap = model(TestProperties.at(this.server.baseUrl() + "/v1").context(8192, 2048, 12_000).build())
			.draft(this.meeting, hour);

		assertThat(recap).isEqualTo(new OfflineExtractor().draft(this.meeting, hour));
		assertThat(fallbacks("refused")).isEqualTo(1);
		assertThat(this.usages.recorded).singleElement().satisfies(usage -> {
			assertThat(usage.promptTokens()).isEqualTo(1250);
			assertThat(usage.completionTokens()).isEqualTo(310);
		});
		this.server.verify(2, postRequestedFor(urlPathEqualTo(OPENAI_PATH)));
	}

	@Test
	void combinesTheSummariesOfAMeetingReadInParts() {
		Transcript hour = LongMeeting.transcript("sv", LongMeeting.HOUR_OF_WORDS, 7);
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH))
			.withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("chunk_findings")))
			.willReturn(okJson(Payloads.answer("openai/chat-completion.json", empty()))));
		this.server.stubFor(post(urlPathEqualTo(OPENAI_PATH))
			.withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("meeting_summary")))
			.willReturn(okJson(Payloads.answer("openai/chat-completion.json",
					"{\"summary\": \"Mötet gick igenom skolskjutsarna.\", \"topics\": [\"skolskjuts\", \"e-tjänst\"]}"))));

		RecapDraft recap = model(TestProperties.at(this.server.baseUrl() + "/v1").context(8192, 2048, 12_000).build())
			.draft(this.meeting, hour);

		assertThat(recap.summary()).isEqualTo("Mötet gick igenom skolskjutsarna.");
		assertThat(recap.topics()).containsExactly("skolskjuts", "e-tjänst");
		int parts = this.server
			.countRequestsMatching(postRequestedFor(urlPathEqualTo(OPENAI_PATH))
				.withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("chunk_findings")))
				.build())
			.getCount();
		assertThat(parts).isGreaterThan(1);
		String combined = this.server.getAllServeEvents()
			.stream()
			.map(event -> this.json.readTree(event.getRequest().getBodyAsString()))
			.filter(request -> request.at("/response_format/json_schema/name").asString().equals("meeting_summary"))
			.map(request -> request.at("/messages/1/content").asString())
			.reduce((first, second) -> {
				throw new AssertionError("the summaries were combined more than once");
			})
			.orElseThrow();
		assertThat(combined).contains("Part 1: " + PART_SUMMARY, "Part " + parts + ": " + PART_SUMMARY)
			.as("the parts' summaries are combined, not the transcript")
			.doesNotContain(hour.utterances().get(0).text());
		assertThat(this.usages.recorded).singleElement()
			.satisfies(usage -> assertThat(usage.promptTokens()).isEqualTo(1250L * (parts + 1)));
	}

	@Test
	void asksNothingOfTheModelForASilentMeeting() {
		Transcript silence = new Transcript(List.of());

		RecapDraft recap = openAi().draft(this.meeting, silence);

		assertThat(recap).isEqualTo(new OfflineExtractor().draft(this.meeting, silence));
		assertThat(this.server.getAllServeEvents()).isEmpty();
		assertThat(this.usages.recorded).isEmpty();
	}

	/**
	 * Findings of a part with nothing decided, as valid as any, with a summary as long as
	 * a model writes for a part.
	 */
	static String empty() {
		return """
				{"language": "sv", "summary": "%s", "topics": ["skolskjuts", "budget", "upphandling"],
				 "decisions": [], "actions": [], "openQuestions": []}""".formatted(PART_SUMMARY);
	}

	static final String PART_SUMMARY = "Mötet gick igenom budgeten för skolskjutsarna inför hösten, där kostnaderna "
			+ "väntas öka med ungefär åtta procent på grund av nya taxiavtal och fler berättigade elever. Deltagarna "
			+ "diskuterade att samordna turer i norra delen av kommunen och säkerheten vid hållplatserna. Frågan om "
			+ "en e-tjänst för ansökningar togs upp, med pappersblanketten kvar under en övergångsperiod.";

}
