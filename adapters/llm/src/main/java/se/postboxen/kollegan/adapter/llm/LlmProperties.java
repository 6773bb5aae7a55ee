package se.postboxen.kollegan.adapter.llm;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The language model that writes recaps and answers questions about documents: any
 * OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI, a self-hosted vLLM
 * or Ollama). Without a base URL there is none: the offline extractor writes every recap,
 * and passages alone answer questions.
 *
 * @param baseUrl the API root: {@code https://api.openai.com/v1}, an Azure OpenAI
 * resource ({@code https://<resource>.openai.azure.com}), or a self-hosted server's
 * {@code …/v1}
 * @param apiKey the key ({@code KOLLEGAN_LLM_API_KEY}): a bearer token for
 * {@code openai}, the {@code api-key} header for {@code azure}; a self-hosted server may
 * need none
 * @param model the model, as sent to OpenAI and self-hosted servers and as the key of its
 * price and metrics (for Azure, the model the deployment runs)
 * @param provider {@code openai} (also vLLM and Ollama) or {@code azure}
 * @param azure the deployment and API version, for {@code azure}
 * @param contextTokens the model's context window, in tokens
 * @param outputTokens the room kept in the context window for the model's answer
 * @param chunkTokens the most transcript a single call is given; longer meetings are read
 * in parts (map) whose summaries are then combined (reduce)
 * @param charsPerToken characters per token in the estimate chunks are sized by; lower is
 * more cautious (Swedish runs at 3.8 with OpenAI's o200k tokenizer and 3.1 with cl100k,
 * English at 4.9)
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long to wait for one answer; a model that takes longer is not asked
 * again, the offline extractor writes the recap
 * @param answerTimeout how long to wait for the answer to a question about a document,
 * which someone is waiting for; past it the passages answer alone
 * @param temperature sent when set; reasoning models accept only their default
 * @param prices what the model costs, by model name
 */
@Validated
@ConfigurationProperties("kollegan.llm")
public record LlmProperties(@Nullable URI baseUrl, @Nullable String apiKey, @Nullable String model,
		@NotNull @DefaultValue("openai") Provider provider, @Valid @DefaultValue Azure azure,
		@Min(2048) @DefaultValue("128000") int contextTokens, @Min(256) @DefaultValue("4096") int outputTokens,
		@Min(1000) @DefaultValue("12000") int chunkTokens,
		@DecimalMin("1.0") @DecimalMax("8.0") @DefaultValue("3.0") double charsPerToken,
		@NotNull @DefaultValue("10s") Duration connectTimeout, @NotNull @DefaultValue("120s") Duration timeout,
		@NotNull @DefaultValue("30s") Duration answerTimeout,
		@Nullable @DecimalMin("0.0") @DecimalMax("2.0") Double temperature,
		@DefaultValue Map<String, @Valid Price> prices) {

	public LlmProperties {
		prices = Map.copyOf(prices);
	}

	public enum Provider {

		OPENAI, AZURE

	}

	/**
	 * @param deployment the deployment's name in the Azure OpenAI resource
	 * @param apiVersion the data-plane API version; structured output needs 2024-08-01 or
	 * later
	 */
	public record Azure(@Nullable String deployment, @NotBlank @DefaultValue("2024-10-21") String apiVersion) {

	}

	/**
	 * A model's price in Swedish kronor per million tokens.
	 *
	 * @param input per million prompt tokens
	 * @param output per million completion tokens
	 */
	public record Price(@NotNull @DecimalMin("0") BigDecimal input, @NotNull @DecimalMin("0") BigDecimal output) {

	}

	/** The model's price, if the table has one. */
	@Nullable Price price() {
		return (this.model != null) ? this.prices.get(this.model) : null;
	}

	/**
	 * What the validation annotations cannot say, checked once a base URL is given: each
	 * failure names its key, never its value.
	 * @throws IllegalStateException naming the first setting that is missing or wrong
	 */
	void requireComplete() {
		String scheme = (this.baseUrl != null && this.baseUrl.getScheme() != null)
				? this.baseUrl.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new IllegalStateException("kollegan.llm.base-url must be an http or https URL");
		}
		if (this.model == null || this.model.isBlank()) {
			throw new IllegalStateException("kollegan.llm.model is required when kollegan.llm.base-url is set");
		}
		if (this.provider == Provider.AZURE) {
			if (this.apiKey == null || this.apiKey.isBlank()) {
				throw new IllegalStateException("kollegan.llm.api-key is required for kollegan.llm.provider=azure");
			}
			if (this.azure.deployment() == null || this.azure.deployment().isBlank()) {
				throw new IllegalStateException(
						"kollegan.llm.azure.deployment is required for kollegan.llm.provider=azure");
			}
		}
		if (this.outputTokens >= this.contextTokens / 2) {
			throw new IllegalStateException(
					"kollegan.llm.output-tokens must be less than half of kollegan.llm.context-tokens");
		}
	}

	/** Without the key, which is never logged. */
	@Override
	public String toString() {
		return "LlmProperties[baseUrl=" + this.baseUrl + ", model=" + this.model + ", provider=" + this.provider
				+ ", azure=" + this.azure + ", contextTokens=" + this.contextTokens + ", chunkTokens="
				+ this.chunkTokens + "]";
	}

}
