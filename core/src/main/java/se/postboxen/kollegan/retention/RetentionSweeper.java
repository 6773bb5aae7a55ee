package se.postboxen.kollegan.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.recap.RecapStatus;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.transcript.Transcripts;

/**
 * Use case: the sweep of one tenant. It deletes, kind by kind and in batches (each its
 * own transaction, so no lock is held for long), what the tenant's policy no longer
 * allows, and writes one audit entry with the rows deleted per table, never their
 * content. Run again it finds nothing more, so a sweep cut short by a crash is simply
 * repeated.
 * <p>
 * Transcripts follow the meeting's consent level as the consent rules decide it today:
 * Bas keeps none once the recap is written (the analysis deletes it then; the sweep
 * catches any left, and one whose recap was never written goes when a Plus transcript
 * would), Plus and Juridik keep theirs for their periods. A legal hold stops every
 * deletion because of age, but not Bas's: its participants were promised no transcript.
 */
public final class RetentionSweeper {

	/** Rows (or meetings) deleted per transaction. */
	static final int BATCH = 500;

	private final RetentionPolicies policies;

	private final List<ExpiringData> stores;

	private final ExpiringTranscripts expiringTranscripts;

	private final Transcripts transcripts;

	private final Meetings meetings;

	private final Recaps recaps;

	private final Consent consent;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	public RetentionSweeper(RetentionPolicies policies, List<ExpiringData> stores,
			ExpiringTranscripts expiringTranscripts, Transcripts transcripts, Meetings meetings, Recaps recaps,
			Consent consent, AuditLog auditLog, Transactions transactions, Clock clock) {
		this.policies = policies;
		this.stores = List.copyOf(stores);
		this.expiringTranscripts = expiringTranscripts;
		this.transcripts = transcripts;
		this.meetings = meetings;
		this.recaps = recaps;
		this.consent = consent;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Deletes what the tenant's policy no longer allows.
	 * @return rows deleted per table ({@code transcript:plus}, {@code decision} …)
	 */
	public Map<String, Long> sweep(TenantId tenantId) {
		Instant now = this.clock.instant();
		RetentionPolicy policy = this.policies.find(tenantId);
		boolean held = policy.legalHold() != null;
		Map<String, Long> deleted = new LinkedHashMap<>();
		sweepTranscripts(policy, now, deleted);
		if (!held) {
			for (RetentionKind kind : RetentionKind.values()) {
				Instant cutoff = policy.cutoff(kind, now);
				for (ExpiringData store : this.stores) {
					if (store.kind() == kind) {
						sweep(store, tenantId, cutoff, deleted);
					}
				}
			}
		}
		long total = deleted.values().stream().mapToLong(Long::longValue).sum();
		if (total > 0 || held) {
			Map<String, String> details = new LinkedHashMap<>();
			deleted.forEach((table, rows) -> details.put(table, Long.toString(rows)));
			if (held) {
				details.put("legalHold", "held");
			}
			this.auditLog.record(AuditEvent.of(tenantId, this.clock.instant(), Actor.system("retention"),
					"retention.swept", "tenant", tenantId.toString(), details));
		}
		return deleted;
	}

	private void sweep(ExpiringData store, TenantId tenantId, Instant cutoff, Map<String, Long> deleted) {
		Map<String, Long> batch;
		do {
			batch = this.transactions.inTransaction(() -> store.deleteExpired(tenantId, cutoff, BATCH));
			batch.forEach((table, rows) -> deleted.merge(table, rows, Long::sum));
		}
		while (batch.values().stream().anyMatch(rows -> rows > 0));
	}

	private void sweepTranscripts(RetentionPolicy policy, Instant now, Map<String, Long> deleted) {
		TenantId tenantId = policy.tenantId();
		for (ConsentLevel level : ConsentLevel.values()) {
			deleted.put(transcriptOf(level), 0L);
		}
		MeetingId after = null;
		List<MeetingId> batch;
		do {
			batch = this.expiringTranscripts.ofMeetingsOver(tenantId, after, BATCH);
			if (batch.isEmpty()) {
				break;
			}
			after = batch.get(batch.size() - 1);
			List<Meeting> over = batch.stream()
				.map(id -> this.meetings.findById(tenantId, id))
				.flatMap(Optional::stream)
				.toList();
			Map<MeetingId, ConsentLevel> levels = this.consent.levelsFor(tenantId, over);
			this.transactions.inTransaction(() -> {
				for (Meeting meeting : over) {
					ConsentLevel level = levels.get(meeting.id());
					if (transcriptExpired(meeting, level, policy, now)
							&& this.transcripts.delete(tenantId, meeting.id())) {
						deleted.merge(transcriptOf(level), 1L, Long::sum);
					}
				}
				return null;
			});
		}
		while (batch.size() == BATCH);
	}

	private boolean transcriptExpired(Meeting meeting, ConsentLevel level, RetentionPolicy policy, Instant now) {
		boolean held = policy.legalHold() != null;
		return switch (level) {
			case BAS ->
				recapWritten(meeting) || (!held && endedBefore(meeting, policy, RetentionKind.TRANSCRIPT_PLUS, now));
			case PLUS -> !held && endedBefore(meeting, policy, RetentionKind.TRANSCRIPT_PLUS, now);
			case JURIDIK -> !held && endedBefore(meeting, policy, RetentionKind.TRANSCRIPT_JURIDIK, now);
		};
	}

	private static boolean endedBefore(Meeting meeting, RetentionPolicy policy, RetentionKind kind, Instant now) {
		return meeting.endsAt().isBefore(policy.cutoff(kind, now));
	}

	private boolean recapWritten(Meeting meeting) {
		return this.recaps.find(meeting.tenantId(), meeting.id())
			.filter(recap -> recap.status() == RecapStatus.READY)
			.isPresent();
	}

	private static String transcriptOf(@Nullable ConsentLevel level) {
		return "transcript:" + String.valueOf(level).toLowerCase(Locale.ROOT);
	}

}
