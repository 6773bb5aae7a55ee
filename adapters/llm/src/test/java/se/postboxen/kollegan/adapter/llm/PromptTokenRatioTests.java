package se.postboxen.kollegan.adapter.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many tokens a recap sends, against how many the transcript has: an hour of speech
 * (about 9,000 words) in Swedish and English, read in one call as a large-context model
 * allows and in parts as a model with an 8k window needs. Tokens are counted with
 * OpenAI's o200k_base encoding on what really went over the wire (WireMock's request
 * log): every message's content plus OpenAI's few tokens of framing per message, and the
 * response format's schema, which the model is given as part of its prompt.
 * <p>
 * The transcript is counted three ways: as its caption cues ("Speaker: words" per cue, as
 * a transcript file holds them); as turns (each speaker named once per turn: the least
 * that still says who said what, so everything a recap sends beyond it is overhead —
 * instructions, schema, the meeting's facts, names again after a chunk boundary, the
 * combining call); and as the words alone. The goal is asserted against the turns.
 * <p>
 * Prints the figures for {@code docs/performance.md}: {@code ./mvnw -o -B test -pl
 * adapters/llm -Dtest=PromptTokenRatioTests}, then {@code grep context
 * adapters/llm/target/surefire-reports/*PromptTokenRatioTests-output.txt}.
 */
class PromptTokenRatioTests {

	/** The goal: each transcript token sent about once. */
	private static final double MOST = 1.3;

	/**
	 * Per message and per request, as OpenAI's token-counting guide counts chat framing.
	 */
	private static final int PER_MESSAGE = 3;

	private static final int PER_REQUEST = 3;

	private static final Encoding O200K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

	private final JsonMapper json = JsonMapper.builder().build();

	private WireMockServer server;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(options().dynamicPort());
		this.server.start();
		this.server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
			.withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("chunk_findings")))
			.willReturn(okJson(Payloads.answer("openai/chat-completion.json", OpenAiLanguageModelTests.empty()))));
		this.server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
			.withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("meeting_summary")))
			.willReturn(okJson(Payloads.answer("openai/chat-completion.json",
					"{\"summary\": \"Mötet gick igenom skolskjutsarna.\", \"topics\": [\"skolskjuts\"]}"))));
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@ParameterizedTest(name = "{0}, context {1} tokens")
	@CsvSource({ "sv, 128000, 4096", "en, 128000, 4096", "sv, 8192, 2048", "en, 8192, 2048" })
	void sendsEachTranscriptTokenAboutOnce(String language, int contextTokens, int outputTokens) {
		LlmProperties properties = TestProperties.at(this.server.baseUrl() + "/v1")
			.context(contextTokens, outputTokens, 12_000)
			.build();
		Clock clock = Clock.fixed(Instant.parse("2027-03-15T10:05:00Z"), ZoneOffset.UTC);
		OpenAiLanguageModel model = new OpenAiLanguageModel(
				new ChatCompletions(LlmConfiguration.restClient(properties, ObservationRegistry.NOOP), properties,
						new ModelCalls(TestProperties.MODEL, Duration.ofMillis(10), clock)),
				new UsageMeter(new RecordedUsages(), new SimpleMeterRegistry(), TestProperties.MODEL,
						TestProperties.PRICE, clock),
				properties);
		Meeting meeting = BudgetMeeting.meeting();
		Transcript hour = LongMeeting.transcript(language, LongMeeting.HOUR_OF_WORDS, 42);

		model.draft(meeting, hour);

		List<JsonNode> requests = new ArrayList<>(this.server.getAllServeEvents()
			.stream()
			.map(event -> this.json.readTree(event.getRequest().getBodyAsString()))
			.toList());
		// WireMock lists the newest first.
		Collections.reverse(requests);
		List<String> sent = requests.stream()
			.filter(request -> request.at("/response_format/json_schema/name").asString().equals("chunk_findings"))
			.map(request -> request.at("/messages/1/content").asString())
			.flatMap(content -> content.substring(content.indexOf("\n\n") + 2).lines())
			.flatMap(line -> Arrays.stream(line.substring(line.indexOf(": ") + 2).split(" ")))
			.toList();
		assertThat(sent).as("every word of the meeting is sent once, in order")
			.isEqualTo(hour.utterances().stream().flatMap(cue -> Arrays.stream(cue.text().split(" "))).toList());
		long prompt = requests.stream().mapToLong(this::tokens).sum();
		long cues = O200K.countTokens(hour.utterances()
			.stream()
			.map(cue -> cue.speaker() + ": " + cue.text())
			.collect(Collectors.joining("\n")));
		long turns = O200K.countTokens(new Chunker(3.0).chunks(hour, Integer.MAX_VALUE).get(0).text());
		long words = O200K
			.countTokens(hour.utterances().stream().map(Utterance::text).collect(Collectors.joining(" ")));
		double ratio = (double) prompt / turns;
		System.out.printf(Locale.ROOT,
				"%s, context %d: %d words, %d cues, %d calls, prompt %d tokens; transcript as cues %d tokens (ratio %.3f), "
						+ "as turns %d (ratio %.3f), words alone %d (ratio %.3f)%n",
				language, contextTokens, sent.size(), hour.utterances().size(), requests.size(), prompt, cues,
				(double) prompt / cues, turns, ratio, words, (double) prompt / words);
		assertThat(ratio).isLessThanOrEqualTo(MOST);
	}

	private long tokens(JsonNode request) {
		long tokens = PER_REQUEST + O200K.countTokens(request.at("/response_format/json_schema/schema").toString());
		for (JsonNode message : request.path("messages")) {
			tokens += PER_MESSAGE + O200K.countTokens(message.path("role").asString())
					+ O200K.countTokens(message.path("content").asString());
		}
		return tokens;
	}

}
