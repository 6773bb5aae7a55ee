package se.postboxen.kollegan.bot.recap.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.action.ExternalTaskRef;
import se.postboxen.kollegan.legal.LegalFinding;
import se.postboxen.kollegan.legal.MeetingLegalAnalysis;
import se.postboxen.kollegan.meeting.MeetingConclusion;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Decision;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.transcript.TranscriptSource;

/**
 * A meeting's recap, labelled with where its words came from; {@code outcome} says how
 * the meeting ended for Kollegan, so a missing recap always has a reason. Every decision
 * and action carries {@code at}, its offset in the meeting as {@code HH:MM:SS}, and
 * {@code quote}, the sentence it came from.
 *
 * @param status {@code pending}, {@code ready} or {@code failed}
 * @param source {@code live}, {@code platform-transcript} or {@code uploaded}
 * @param label the source in words, Swedish then English
 * @param actions the meeting's actions in the order they were said; cancelled ones (a
 * newer transcript no longer has them) are left out
 * @param openQuestions what the meeting left unanswered, each in a sentence
 * @param outcome {@code recorded}, {@code partial}, {@code lobby-timeout},
 * {@code consent-declined}, {@code platform-transcript}, {@code uploaded-transcript},
 * {@code no-transcript}; absent while the meeting is not over
 * @param usage what a remote language model was sent and paid for this meeting's recap;
 * absent when none wrote it (the offline extractor costs nothing)
 * @param legalAnalysis Juridik-Gunnar's reading of the meeting; left out of the answer
 * below consent level Juridik and when the tenant does not have the module
 */
record RecapResponse(String status, @Nullable String language, @Nullable String source, @Nullable String label,
		@Nullable String summary, List<DecisionResponse> decisions, List<ActionResponse> actions,
		List<String> openQuestions, List<String> topics, @Nullable Instant preparedAt, @Nullable String outcome,
		@Nullable UsageResponse usage,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable LegalAnalysisResponse legalAnalysis) {

	static RecapResponse of(@Nullable Recap recap, @Nullable MeetingConclusion conclusion, List<Decision> decisions,
			List<ActionItem> actions, List<ModelUsage> usages, @Nullable MeetingLegalAnalysis legal) {
		String outcome = (conclusion != null) ? conclusion.outcome().wireName() : null;
		UsageResponse usage = UsageResponse.of(usages);
		LegalAnalysisResponse legalAnalysis = (legal != null) ? LegalAnalysisResponse.of(legal) : null;
		if (recap == null) {
			return new RecapResponse("pending", null, null, null, null, List.of(), List.of(), List.of(), List.of(),
					null, outcome, usage, legalAnalysis);
		}
		return new RecapResponse(recap.status().wireName(), recap.language(), source(recap.source()),
				label(recap.source()), recap.summary(), decisions.stream().map(DecisionResponse::of).toList(),
				actions.stream()
					.filter(action -> action.status() != ActionStatus.CANCELLED)
					.map(ActionResponse::of)
					.toList(),
				recap.openQuestions(), recap.topics(), recap.preparedAt(), outcome, usage, legalAnalysis);
	}

	private static String source(TranscriptSource source) {
		return switch (source) {
			case LIVE -> "live";
			case PLATFORM -> "platform-transcript";
			case UPLOADED -> "uploaded";
		};
	}

	private static String label(TranscriptSource source) {
		return switch (source) {
			case LIVE -> "Från Kollegans inspelning / From Kollegan's recording";
			case PLATFORM -> "Från plattformens transkription / From the platform transcript";
			case UPLOADED -> "Från en uppladdad transkription / From an uploaded transcript";
		};
	}

	/** {@code HH:MM:SS}: how a meeting's player shows an offset. */
	private static @Nullable String offset(@Nullable TranscriptSpan span) {
		if (span == null) {
			return null;
		}
		Duration at = span.at();
		return String.format(Locale.ROOT, "%02d:%02d:%02d", at.toHours(), at.toMinutesPart(), at.toSecondsPart());
	}

	/**
	 * @param speaker the name of who said it, else their address
	 */
	record DecisionResponse(String text, @Nullable String speaker, @Nullable String at, @Nullable String quote,
			double confidence) {

		static DecisionResponse of(Decision decision) {
			Person speaker = decision.speaker();
			String name = (speaker == null) ? null
					: (speaker.name() != null) ? speaker.name() : speaker.email().value();
			return new DecisionResponse(decision.text(), name, offset(decision.source()),
					(decision.source() != null) ? decision.source().quote() : null, decision.confidence().value());
		}

	}

	/**
	 * @param due {@code YYYY-MM-DD} in the meeting's time zone, absent when none was said
	 * @param needsConfirmation whether the owner or the date was inferred rather than
	 * said
	 * @param status {@code open} or {@code done} (done here, or on the task board)
	 * @param task the task it was pushed to on the tenant's board, absent until it is
	 */
	record ActionResponse(UUID id, String text, @Nullable OwnerResponse owner, @Nullable LocalDate due,
			@Nullable String quote, @Nullable String at, double confidence, boolean needsConfirmation, String status,
			@Nullable TaskResponse task) {

		static ActionResponse of(ActionItem action) {
			Person owner = action.owner();
			ExternalTaskRef task = action.externalTask();
			return new ActionResponse(action.id().value(), action.text(), (owner != null)
					? new OwnerResponse(owner.name(), (owner.email() != null) ? owner.email().value() : null) : null,
					action.due(), (action.source() != null) ? action.source().quote() : null, offset(action.source()),
					action.confidence().value(), action.needsConfirmation(),
					action.status().name().toLowerCase(Locale.ROOT),
					(task != null) ? new TaskResponse(task.board().name().toLowerCase(Locale.ROOT), task.url()) : null);
		}

	}

	/**
	 * @param board {@code planner} or {@code trello}
	 * @param url the task on the board
	 */
	record TaskResponse(String board, URI url) {

	}

	record OwnerResponse(@Nullable String name, @Nullable String email) {

	}

	/**
	 * Every model call for the meeting summed, a retried recap included: what the meeting
	 * cost, not what its last recap cost.
	 *
	 * @param models the models that were called, in the order they first were
	 * @param costSek in Swedish kronor, from the configured price table
	 */
	record UsageResponse(List<String> models, long promptTokens, long completionTokens, BigDecimal costSek) {

		static @Nullable UsageResponse of(List<ModelUsage> usages) {
			if (usages.isEmpty()) {
				return null;
			}
			return new UsageResponse(usages.stream().map(ModelUsage::model).distinct().toList(),
					usages.stream().mapToLong(ModelUsage::promptTokens).sum(),
					usages.stream().mapToLong(ModelUsage::completionTokens).sum(),
					usages.stream().map(ModelUsage::costSek).reduce(BigDecimal.ZERO, BigDecimal::add));
		}

	}

	/**
	 * What a lawyer should read in the meeting, in the order it was said.
	 *
	 * @param analysedAt when the recap it follows was published
	 */
	record LegalAnalysisResponse(Instant analysedAt, List<LegalFindingResponse> findings) {

		static LegalAnalysisResponse of(MeetingLegalAnalysis analysis) {
			return new LegalAnalysisResponse(analysis.analysedAt(),
					analysis.findings().stream().map(LegalFindingResponse::of).toList());
		}

	}

	/**
	 * One statement that touches a rule.
	 *
	 * @param kind what it touches, such as {@code DIRECT_AWARD}
	 * @param rule the rule, such as {@code LOU (2016:1145) 19 a kap.}
	 * @param speaker the name the transcript gives who said it
	 */
	record LegalFindingResponse(String kind, String rule, String speaker, String at, String quote) {

		static LegalFindingResponse of(LegalFinding finding) {
			return new LegalFindingResponse(finding.kind().name(), finding.rule(), finding.speaker(),
					offset(finding.source()), finding.source().quote());
		}

	}

}
