package se.postboxen.kollegan.adapter.llm;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.adapter.llm.ModelFailure.Reason;

/**
 * What the model found in one chunk, as {@code findings.schema.json} describes it. Read
 * strictly: a missing or extra field, a null where the schema allows none, or a value
 * outside an enumeration is a schema violation, the same as malformed JSON.
 */
record Findings(String language, String summary, List<String> topics, List<Decided> decisions, List<Committed> actions,
		List<String> openQuestions) {

	private static final Set<String> LANGUAGES = Set.of("sv", "en", "mixed");

	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	Findings {
		if (!LANGUAGES.contains(language)) {
			throw new IllegalArgumentException("language must be sv, en or mixed");
		}
		Objects.requireNonNull(summary, "summary");
		topics = List.copyOf(topics);
		decisions = List.copyOf(decisions);
		actions = List.copyOf(actions);
		openQuestions = List.copyOf(openQuestions);
	}

	/**
	 * @throws ModelFailure when {@code json} is not what the schema describes
	 */
	static <T> T read(String json, Class<T> type, String model) {
		try {
			return STRICT.readValue(json, type);
		}
		catch (JacksonException ex) {
			throw new ModelFailure(Reason.INVALID_OUTPUT,
					"Language model " + model + " gave an answer that does not follow the schema");
		}
	}

	/** A decision, with the words that show it. */
	record Decided(String text, String quote, Certainty confidence) {

		Decided {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(quote, "quote");
			Objects.requireNonNull(confidence, "confidence");
		}

	}

	/**
	 * A commitment.
	 *
	 * @param owner the name the model gave the owner, resolved against the participants
	 * afterwards
	 * @param due an ISO date, or whatever the model wrote instead
	 */
	record Committed(String text, @Nullable String owner, boolean ownerInferred, @Nullable String due,
			boolean dueInferred, String quote, Certainty confidence) {

		Committed {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(quote, "quote");
			Objects.requireNonNull(confidence, "confidence");
		}

	}

	/** The combined summary of a meeting read in several chunks. */
	record Summary(String summary, List<String> topics) {

		Summary {
			Objects.requireNonNull(summary, "summary");
			topics = List.copyOf(topics);
		}

	}

	enum Certainty {

		@JsonProperty("high")
		HIGH(0.9),

		@JsonProperty("medium")
		MEDIUM(0.7),

		@JsonProperty("low")
		LOW(0.4);

		private final double value;

		Certainty(double value) {
			this.value = value;
		}

		double value() {
			return this.value;
		}

	}

}
