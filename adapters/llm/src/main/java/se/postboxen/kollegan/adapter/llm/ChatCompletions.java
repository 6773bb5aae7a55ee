package se.postboxen.kollegan.adapter.llm;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.adapter.llm.ModelFailure.Reason;

/**
 * The chat-completions endpoint, with structured output: {@code POST …/chat/completions}
 * with a bearer key (OpenAI, vLLM, Ollama), or {@code POST
 * {resource}/openai/deployments/{deployment}/chat/completions?api-version=…} with an
 * {@code api-key} header (Azure OpenAI). Every answer is asked for as
 * {@code response_format: {type: json_schema, json_schema: {name, strict: true, schema}}}
 * and comes back as the JSON text the schema describes, with the tokens it cost.
 */
class ChatCompletions {

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final RestClient http;

	private final URI endpoint;

	private final LlmProperties properties;

	private final ModelCalls calls;

	ChatCompletions(RestClient http, LlmProperties properties, ModelCalls calls) {
		this.http = http;
		this.properties = properties;
		this.calls = calls;
		this.endpoint = endpoint(properties);
	}

	private static URI endpoint(LlmProperties properties) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUri(Objects.requireNonNull(properties.baseUrl()));
		if (properties.provider() == LlmProperties.Provider.AZURE) {
			return uri.path("/openai/deployments/{deployment}/chat/completions")
				.queryParam("api-version", properties.azure().apiVersion())
				.buildAndExpand(properties.azure().deployment())
				.encode()
				.toUri();
		}
		return uri.path("/chat/completions").build().toUri();
	}

	/**
	 * The model's answer to one pair of instructions and input, its tokens counted into
	 * {@code tokens} as soon as it arrives (an answer that turns out unusable was still
	 * paid for).
	 * @throws ModelFailure when there is no usable answer
	 */
	String complete(String instructions, String input, Schema schema, Tokens tokens) {
		String request = this.json.writeValueAsString(new ChatRequest(this.properties.model(),
				List.of(new Message("system", instructions), new Message("user", input)),
				new ResponseFormat("json_schema", new JsonSchema(schema.name(), true, schema.schema())),
				this.properties.temperature()));
		String answer = this.calls.call(() -> this.http.post()
			.uri(this.endpoint)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.headers(this::authorise)
			.body(request)
			.retrieve()
			.body(String.class));
		ChatResponse response;
		try {
			response = this.json.readValue((answer != null) ? answer : "", ChatResponse.class);
		}
		catch (JacksonException ex) {
			throw invalid("an answer that is not a chat completion");
		}
		if (response.usage() != null) {
			tokens.add(response.usage().promptTokens(), response.usage().completionTokens());
		}
		if (response.choices() == null || response.choices().isEmpty()) {
			throw invalid("no choice");
		}
		Choice choice = response.choices().get(0);
		if (choice.message() == null || choice.message().refusal() != null) {
			throw invalid("a refusal");
		}
		if (!"stop".equals(choice.finishReason())) {
			// "length" cuts the JSON off; "content_filter" withholds it.
			throw invalid("finish reason " + choice.finishReason());
		}
		if (choice.message().content() == null) {
			throw invalid("no content");
		}
		return choice.message().content();
	}

	private void authorise(HttpHeaders headers) {
		String key = this.properties.apiKey();
		if (key == null || key.isBlank()) {
			return;
		}
		if (this.properties.provider() == LlmProperties.Provider.AZURE) {
			headers.set("api-key", key);
		}
		else {
			headers.setBearerAuth(key);
		}
	}

	private ModelFailure invalid(String what) {
		return new ModelFailure(Reason.INVALID_OUTPUT, "Language model " + this.properties.model() + " gave " + what);
	}

	/** A JSON schema the answer must follow, named as the request names it. */
	record Schema(String name, JsonNode schema) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ChatRequest(@Nullable String model, List<Message> messages,
			@JsonProperty("response_format") ResponseFormat responseFormat, @Nullable Double temperature) {

	}

	record Message(String role, String content) {

	}

	record ResponseFormat(String type, @JsonProperty("json_schema") JsonSchema jsonSchema) {

	}

	record JsonSchema(String name, boolean strict, JsonNode schema) {

	}

	record ChatResponse(@Nullable List<Choice> choices, @Nullable Usage usage) {

	}

	record Choice(@Nullable AnswerMessage message, @JsonProperty("finish_reason") @Nullable String finishReason) {

	}

	record AnswerMessage(@Nullable String content, @Nullable String refusal) {

	}

	record Usage(@JsonProperty("prompt_tokens") long promptTokens,
			@JsonProperty("completion_tokens") long completionTokens) {

	}

}
