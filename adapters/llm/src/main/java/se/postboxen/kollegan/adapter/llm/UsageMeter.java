package se.postboxen.kollegan.adapter.llm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.postboxen.kollegan.adapter.llm.LlmProperties.Price;
import se.postboxen.kollegan.adapter.llm.ModelFailure.Reason;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.ModelUsages;

/**
 * What recaps cost: per meeting in {@link ModelUsages}, and as metrics
 * {@code kollegan_llm_tokens_total{model,direction}},
 * {@code kollegan_meeting_cost{model}} (SEK per meeting) and
 * {@code kollegan_llm_fallbacks_total{model,reason}}. Answers to questions about
 * documents count their tokens here too ({@link #count}), and their fallbacks in
 * {@code kollegan_llm_answer_fallbacks_total{model,reason}}. Tags are the model, the
 * direction and the reason only: a tenant or meeting id would make every meeting a time
 * series of its own.
 */
class UsageMeter {

	private static final Logger logger = LoggerFactory.getLogger(UsageMeter.class);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private final ModelUsages usages;

	private final MeterRegistry registry;

	private final String model;

	private final @Nullable Price price;

	private final Clock clock;

	private final Counter tokensIn;

	private final Counter tokensOut;

	private final DistributionSummary cost;

	UsageMeter(ModelUsages usages, MeterRegistry registry, String model, @Nullable Price price, Clock clock) {
		this.usages = usages;
		this.registry = registry;
		this.model = model;
		this.price = price;
		this.clock = clock;
		this.tokensIn = tokens("in");
		this.tokensOut = tokens("out");
		this.cost = DistributionSummary.builder("kollegan.meeting.cost")
			.description("What the language model cost per meeting, in SEK")
			.tag("model", model)
			.register(registry);
	}

	private Counter tokens(String direction) {
		return Counter.builder("kollegan.llm.tokens")
			.description("Tokens sent to (in) and written by (out) the language model")
			.tag("model", this.model)
			.tag("direction", direction)
			.register(this.registry);
	}

	/**
	 * The price of the tokens in SEK, six decimals (a millionth of a krona per token).
	 */
	BigDecimal cost(Tokens tokens) {
		if (this.price == null) {
			return BigDecimal.ZERO;
		}
		return this.price.input()
			.multiply(BigDecimal.valueOf(tokens.prompt()))
			.add(this.price.output().multiply(BigDecimal.valueOf(tokens.completion())))
			.divide(MILLION, 6, RoundingMode.HALF_UP);
	}

	/**
	 * Records what the meeting's recap cost, if any call was paid for. A failure to store
	 * it is logged, not thrown: the recap is written, and failing it would only pay for
	 * it a second time.
	 */
	void meeting(Meeting meeting, Tokens tokens) {
		if (!tokens.any()) {
			return;
		}
		BigDecimal cost = count(tokens);
		this.cost.record(cost.doubleValue());
		try {
			this.usages.record(new ModelUsage(meeting.tenantId(), meeting.id(), this.model, tokens.prompt(),
					tokens.completion(), cost, this.clock.instant()));
		}
		catch (RuntimeException ex) {
			logger.warn("The language model's usage for meeting {} could not be stored ({})", meeting.id(),
					ex.getClass().getSimpleName());
		}
	}

	/**
	 * Counts paid tokens into {@code kollegan_llm_tokens_total}, whatever they were paid
	 * for, and prices them.
	 */
	BigDecimal count(Tokens tokens) {
		this.tokensIn.increment(tokens.prompt());
		this.tokensOut.increment(tokens.completion());
		return cost(tokens);
	}

	/**
	 * A question about a document answered by its passages alone because the model gave
	 * no usable answer: {@code kollegan_llm_answer_fallbacks_total{model,reason}}.
	 */
	void answerFallback(Reason reason) {
		Counter.builder("kollegan.llm.answer.fallbacks")
			.description("Questions about documents answered by their passages alone because the language model "
					+ "gave no usable answer")
			.tag("model", this.model)
			.tag("reason", reason.tag())
			.register(this.registry)
			.increment();
	}

	void fallback(Reason reason) {
		Counter.builder("kollegan.llm.fallbacks")
			.description("Recaps the offline extractor wrote because the language model gave no usable answer")
			.tag("model", this.model)
			.tag("reason", reason.tag())
			.register(this.registry)
			.increment();
	}

}
