package se.postboxen.kollegan.adapter.llm;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.adapter.llm.LlmProperties.Azure;
import se.postboxen.kollegan.adapter.llm.LlmProperties.Price;
import se.postboxen.kollegan.adapter.llm.LlmProperties.Provider;

/** {@link LlmProperties} as the tests vary them, with the defaults of the real ones. */
final class TestProperties {

	static final String MODEL = "gpt-4o-mini";

	/** SEK per million tokens, in and out. */
	static final Price PRICE = new Price(new BigDecimal("1.60"), new BigDecimal("6.40"));

	private final String baseUrl;

	private Provider provider = Provider.OPENAI;

	private @Nullable String apiKey = "sk-test-key";

	private @Nullable String deployment;

	private int contextTokens = 128_000;

	private int outputTokens = 4096;

	private int chunkTokens = 12_000;

	private Duration timeout = Duration.ofSeconds(5);

	private TestProperties(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	static TestProperties at(String baseUrl) {
		return new TestProperties(baseUrl);
	}

	TestProperties azure(String deployment, String apiKey) {
		this.provider = Provider.AZURE;
		this.deployment = deployment;
		this.apiKey = apiKey;
		return this;
	}

	TestProperties withoutKey() {
		this.apiKey = null;
		return this;
	}

	TestProperties context(int contextTokens, int outputTokens, int chunkTokens) {
		this.contextTokens = contextTokens;
		this.outputTokens = outputTokens;
		this.chunkTokens = chunkTokens;
		return this;
	}

	TestProperties timeout(Duration timeout) {
		this.timeout = timeout;
		return this;
	}

	LlmProperties build() {
		return new LlmProperties(URI.create(this.baseUrl), this.apiKey, MODEL, this.provider,
				new Azure(this.deployment, "2024-10-21"), this.contextTokens, this.outputTokens, this.chunkTokens, 3.0,
				Duration.ofSeconds(2), this.timeout, this.timeout, null, Map.of(MODEL, PRICE));
	}

}
