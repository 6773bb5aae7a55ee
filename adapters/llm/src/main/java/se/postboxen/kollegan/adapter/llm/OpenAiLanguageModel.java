package se.postboxen.kollegan.adapter.llm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.postboxen.kollegan.adapter.llm.Chunk.Quoted;
import se.postboxen.kollegan.adapter.llm.Findings.Committed;
import se.postboxen.kollegan.adapter.llm.Findings.Decided;
import se.postboxen.kollegan.adapter.llm.Findings.Summary;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.ActionDraft;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.DecisionDraft;
import se.postboxen.kollegan.recap.LanguageModel;
import se.postboxen.kollegan.recap.OfflineExtractor;
import se.postboxen.kollegan.recap.RecapDraft;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.transcript.Transcript;

/**
 * Recaps written by an OpenAI-compatible chat-completions model, read map → reduce: each
 * {@link Chunk} of the transcript is sent once, with the instructions and the meeting's
 * facts, for its decisions, actions, open questions and a summary of the part; a meeting
 * in several chunks then has the parts' summaries (not the transcript again) combined
 * into one. So any length fits the context window, and the prompt stays close to the
 * transcript's own size.
 * <p>
 * Nothing the model says is taken on trust: a decision or action stands only if its quote
 * is found in the chunk it came from, and its offset and speaker are then the
 * transcript's; owners are resolved against the meeting's people, and an address is only
 * ever one the meeting gave. When the model fails — timed out, unavailable after its
 * retries, refusing, or answering outside the schema — the offline extractor writes the
 * recap, the fallback is logged (without a word of the meeting) and counted, and the
 * tokens already spent are recorded all the same.
 */
class OpenAiLanguageModel implements LanguageModel {

	private static final Logger logger = LoggerFactory.getLogger(OpenAiLanguageModel.class);

	private static final int MAX_TOPICS = 5;

	/**
	 * The smallest chunk worth a call; a meeting with so many participants that less room
	 * is left gets this much all the same, and the model may refuse it.
	 */
	private static final int MIN_CHUNK_TOKENS = 500;

	private final ChatCompletions completions;

	private final UsageMeter meter;

	private final String model;

	private final Prompts prompts = new Prompts();

	private final Chunker chunker;

	private final LanguageModel fallback = new OfflineExtractor();

	/** The context window less the room kept for the answer and the instructions. */
	private final int room;

	private final int chunkTokens;

	/**
	 * @throws IllegalStateException when the context window leaves too little room for
	 * any transcript
	 */
	OpenAiLanguageModel(ChatCompletions completions, UsageMeter meter, LlmProperties properties) {
		this.completions = completions;
		this.meter = meter;
		this.model = String.valueOf(properties.model());
		this.chunker = new Chunker(properties.charsPerToken());
		this.room = properties.contextTokens() - properties.outputTokens()
				- this.chunker.tokens(Prompts.FINDINGS + this.prompts.findings.schema());
		this.chunkTokens = properties.chunkTokens();
		if (this.room < MIN_CHUNK_TOKENS * 2) {
			throw new IllegalStateException("kollegan.llm.context-tokens leaves too little room for a transcript "
					+ "after kollegan.llm.output-tokens and the instructions");
		}
	}

	@Override
	public RecapDraft draft(Meeting meeting, Transcript transcript) {
		if (transcript.isEmpty()) {
			// Nothing to read: a call would pay for the instructions alone.
			return this.fallback.draft(meeting, transcript);
		}
		Tokens tokens = new Tokens();
		try {
			return read(meeting, transcript, tokens);
		}
		catch (ModelFailure failure) {
			this.meter.fallback(failure.reason());
			logger.warn("{}: the offline extractor writes the recap of meeting {}", failure.getMessage(), meeting.id());
			return this.fallback.draft(meeting, transcript);
		}
		finally {
			this.meter.meeting(meeting, tokens);
		}
	}

	private RecapDraft read(Meeting meeting, Transcript transcript, Tokens tokens) {
		Participants participants = Participants.of(meeting, transcript);
		int budget = Math.max(MIN_CHUNK_TOKENS, Math.min(this.chunkTokens,
				this.room - this.chunker.tokens(this.prompts.header(meeting, participants, 1, 1))));
		List<Chunk> chunks = this.chunker.chunks(transcript, budget);
		List<Findings> parts = new ArrayList<>();
		List<DecisionDraft> decisions = new ArrayList<>();
		List<ActionDraft> actions = new ArrayList<>();
		Set<String> questions = new LinkedHashSet<>();
		int untraced = 0;
		for (int i = 0; i < chunks.size(); i++) {
			Chunk chunk = chunks.get(i);
			Findings found = Findings.read(this.completions.complete(Prompts.FINDINGS,
					this.prompts.header(meeting, participants, i + 1, chunks.size()) + chunk.text(),
					this.prompts.findings, tokens), Findings.class, this.model);
			parts.add(found);
			for (Decided decided : found.decisions()) {
				Optional<DecisionDraft> decision = decision(decided, chunk, participants);
				decision.ifPresent(decisions::add);
				untraced += decision.isPresent() ? 0 : 1;
			}
			for (Committed committed : found.actions()) {
				Optional<ActionDraft> action = action(committed, chunk, participants);
				action.ifPresent(actions::add);
				untraced += action.isPresent() ? 0 : 1;
			}
			found.openQuestions().stream().map(String::strip).filter(q -> !q.isEmpty()).forEach(questions::add);
		}
		if (untraced > 0) {
			logger.info("Language model {} named {} decision(s) or action(s) for meeting {} that are not in the "
					+ "transcript as quoted, or not valid: left out", this.model, untraced, meeting.id());
		}
		String language = language(parts);
		Summary summary = (parts.size() == 1) ? new Summary(parts.get(0).summary(), parts.get(0).topics())
				: Findings.read(this.completions.complete(Prompts.SUMMARY,
						this.prompts.summaries(meeting, language, parts), this.prompts.summary, tokens), Summary.class,
						this.model);
		return new RecapDraft(language, summary.summary().strip(), topics(summary.topics()), decisions, actions,
				List.copyOf(questions));
	}

	private Optional<DecisionDraft> decision(Decided decided, Chunk chunk, Participants participants) {
		return chunk.locate(decided.quote())
			.flatMap(quoted -> valid(() -> new DecisionDraft(decided.text(), participants.speaker(quoted.utterance()),
					span(quoted), new Confidence(decided.confidence().value()))));
	}

	/**
	 * The action, its owner resolved against the participants. Someone nobody in the
	 * meeting goes by keeps the name alone, an address the meeting did not give is no
	 * owner at all; either, like an owner or a date the model inferred, or a date it
	 * wrote wrongly, needs confirming.
	 */
	private Optional<ActionDraft> action(Committed committed, Chunk chunk, Participants participants) {
		String name = (committed.owner() != null) ? committed.owner().strip() : "";
		Person resolved = name.isEmpty() ? null : participants.named(name);
		LocalDate due = date(committed.due());
		boolean dueUnreadable = committed.due() != null && !committed.due().isBlank() && due == null;
		boolean needsConfirmation = resolved == null || committed.ownerInferred()
				|| (due != null && committed.dueInferred()) || dueUnreadable;
		return chunk.locate(committed.quote())
			.flatMap(quoted -> valid(() -> new ActionDraft(committed.text(),
					(resolved != null || name.isEmpty() || EmailAddress.isValid(name)) ? resolved
							: new Person(name, null),
					due, span(quoted), new Confidence(committed.confidence().value()), needsConfirmation)));
	}

	/**
	 * The draft, unless the model's words cannot make one (a blank or overlong text or
	 * name, control characters): such a finding is left out like one without a quote.
	 */
	private static <T> Optional<T> valid(Supplier<T> draft) {
		try {
			return Optional.of(draft.get());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static TranscriptSpan span(Quoted quoted) {
		String quote = quoted.quote();
		return new TranscriptSpan(quoted.utterance().start(), (quote.length() > TranscriptSpan.MAX_QUOTE_LENGTH)
				? quote.substring(0, TranscriptSpan.MAX_QUOTE_LENGTH) : quote);
	}

	private static @Nullable LocalDate date(@Nullable String due) {
		if (due == null || due.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(due.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** One language when every chunk had the same, else {@code mixed}. */
	private static String language(List<Findings> parts) {
		List<String> languages = parts.stream().map(Findings::language).distinct().toList();
		return (languages.size() == 1) ? languages.get(0) : "mixed";
	}

	private static List<String> topics(List<String> topics) {
		return topics.stream()
			.map(String::strip)
			.filter(topic -> !topic.isEmpty())
			.distinct()
			.limit(MAX_TOPICS)
			.toList();
	}

}
