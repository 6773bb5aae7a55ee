package se.postboxen.kollegan.adapter.llm;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.postboxen.kollegan.adapter.llm.ModelFailure.Reason;
import se.postboxen.kollegan.document.AnswerUsage;
import se.postboxen.kollegan.document.AnswerUsages;
import se.postboxen.kollegan.document.AnswerWriter;
import se.postboxen.kollegan.document.DocumentId;
import se.postboxen.kollegan.document.Passage;
import se.postboxen.kollegan.document.WrittenAnswer;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Answers to questions about documents, written by an OpenAI-compatible chat-completions
 * model from the passages retrieval found: the prompt holds the question and those
 * passages, numbered, and nothing else of the document. An answer counts only if it cites
 * passages it was given, in {@code cited} or as {@code [n]} in its words; one that cites
 * none, or a passage that was not there, is no answer. When the model fails or gives
 * none, the passages answer alone; the fallback is logged (without a word of the question
 * or the document) and counted, and the tokens are recorded all the same.
 */
class OpenAiAnswerWriter implements AnswerWriter {

	private static final Logger logger = LoggerFactory.getLogger(OpenAiAnswerWriter.class);

	private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,4})]");

	private final ChatCompletions completions;

	private final UsageMeter meter;

	private final AnswerUsages usages;

	private final String model;

	private final Clock clock;

	private final Prompts prompts = new Prompts();

	OpenAiAnswerWriter(ChatCompletions completions, UsageMeter meter, AnswerUsages usages, String model, Clock clock) {
		this.completions = completions;
		this.meter = meter;
		this.usages = usages;
		this.model = model;
		this.clock = clock;
	}

	@Override
	public Optional<WrittenAnswer> write(TenantId tenantId, DocumentId documentId, String question,
			List<Passage> passages) {
		Tokens tokens = new Tokens();
		try {
			Answered answered = Findings.read(this.completions.complete(Prompts.ANSWER,
					this.prompts.question(question, passages), this.prompts.answer, tokens), Answered.class,
					this.model);
			return written(answered, passages.size());
		}
		catch (ModelFailure failure) {
			this.meter.answerFallback(failure.reason());
			logger.warn("{}: the passages alone answer the question about document {}", failure.getMessage(),
					documentId);
			return Optional.empty();
		}
		finally {
			record(tenantId, documentId, tokens);
		}
	}

	/**
	 * The model's answer if it stands: empty when the model said the passages do not
	 * answer the question.
	 * @throws ModelFailure for an answer that cites nothing, or a passage it was not
	 * given
	 */
	private Optional<WrittenAnswer> written(Answered answered, int given) {
		String text = answered.answer().strip();
		if (text.isEmpty() && answered.cited().isEmpty()) {
			return Optional.empty();
		}
		TreeSet<Integer> cited = new TreeSet<>(answered.cited());
		Matcher citation = CITATION.matcher(text);
		while (citation.find()) {
			cited.add(Integer.parseInt(citation.group(1)));
		}
		if (text.isEmpty() || cited.isEmpty()) {
			throw invalid("an answer that cites no passage");
		}
		if (cited.first() < 1 || cited.last() > given) {
			throw invalid("an answer citing a passage it was not given");
		}
		try {
			return Optional.of(new WrittenAnswer(text, List.copyOf(cited), this.model));
		}
		catch (IllegalArgumentException ex) {
			throw invalid("an answer that is too long or has control characters");
		}
	}

	/**
	 * Records what the question cost, if any call was paid for. A failure to store it is
	 * logged, not thrown: the reader gets an answer either way.
	 */
	private void record(TenantId tenantId, DocumentId documentId, Tokens tokens) {
		if (!tokens.any()) {
			return;
		}
		BigDecimal cost = this.meter.count(tokens);
		try {
			this.usages.record(new AnswerUsage(tenantId, documentId, this.model, tokens.prompt(), tokens.completion(),
					cost, this.clock.instant()));
		}
		catch (RuntimeException ex) {
			logger.warn("The language model's usage for a question about document {} could not be stored ({})",
					documentId, ex.getClass().getSimpleName());
		}
	}

	private ModelFailure invalid(String what) {
		return new ModelFailure(Reason.INVALID_OUTPUT, "Language model " + this.model + " gave " + what);
	}

	/** The answer as {@code answer.schema.json} describes it. */
	record Answered(String answer, List<Integer> cited) {

		Answered {
			Objects.requireNonNull(answer, "answer");
			cited = List.copyOf(cited);
		}

	}

}
