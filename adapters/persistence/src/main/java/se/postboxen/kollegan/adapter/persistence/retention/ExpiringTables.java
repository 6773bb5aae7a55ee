package se.postboxen.kollegan.adapter.persistence.retention;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.retention.ExpiringData;
import se.postboxen.kollegan.retention.RetentionKind;

/**
 * What the retention sweep deletes, table by table, in one place (transcripts and
 * stakeholder facts have stores of their own: {@code TranscriptExpiry},
 * {@code StakeholderExpiry}). Meeting-based rows go by their meeting's end, for meetings
 * that are over; the others by their own time. Rows that only hang on a meeting (consent
 * answers, participants, outcome, bot, chat links, task pushes) go with the meeting, by
 * its cascade.
 */
@Configuration(proxyBeanMethods = false)
class ExpiringTables {

	@Bean
	ExpiringData expiringRecaps(JdbcClient jdbc) {
		return ExpiringRows.of(jdbc, RetentionKind.RECAP)
			// A commitment points at its action and would go uncounted by the cascade; a
			// profile left without facts goes in the stakeholder step.
			.delete("stakeholder_fact (commitments)", """
					DELETE FROM stakeholder_fact WHERE tenant_id = :tenantId AND action_item_id IN (
					    SELECT a.id FROM action_item a WHERE a.tenant_id = :tenantId AND a.meeting_id IN (
					""" + MeetingsOver.withRowsIn("action_item") + "))")
			.byMeeting("recap")
			.byMeeting("decision")
			.byMeeting("action_item")
			// Juridik-Gunnar's analysis is written with the recap and read beside it; its
			// quotes are kept as long as the recap's own.
			.byMeeting("legal_analysis");
	}

	@Bean
	ExpiringData expiringBriefs(JdbcClient jdbc) {
		return ExpiringRows.of(jdbc, RetentionKind.BRIEF).byMeeting("brief");
	}

	/** Whatever else is left of a meeting goes with it, when its last period is over. */
	@Bean
	ExpiringData expiringMeetings(JdbcClient jdbc) {
		return ExpiringRows.of(jdbc, RetentionKind.MEETING).delete("meeting", """
				DELETE FROM meeting WHERE id IN (SELECT m.id FROM meeting m WHERE m.tenant_id = :tenantId AND
				""" + MeetingsOver.OVER + " AND m.ends_at < :cutoff ORDER BY m.ends_at LIMIT :limit)");
	}

	@Bean
	ExpiringData expiringDocuments(JdbcClient jdbc) {
		return ExpiringRows.of(jdbc, RetentionKind.DOCUMENT).byOwnTime("document", "id", "uploaded_at");
	}

	/**
	 * Older versions of a watched text; the newest of each item stays, whatever its age,
	 * since it is the text as it stands (the oldest version left is then shown whole).
	 */
	@Bean
	ExpiringData expiringRegwatchVersions(JdbcClient jdbc) {
		return ExpiringRows.of(jdbc, RetentionKind.REGWATCH).delete("regwatch_item_version", """
				DELETE FROM regwatch_item_version WHERE id IN (SELECT v.id FROM regwatch_item_version v
				    WHERE v.tenant_id = :tenantId AND v.fetched_at < :cutoff AND v.number < (
				        SELECT max(w.number) FROM regwatch_item_version w WHERE w.item_id = v.item_id)
				    LIMIT :limit)
				""");
	}

	@Bean
	ExpiringData expiringMail(JdbcClient jdbc) {
		return ExpiringRows.of(jdbc, RetentionKind.MAIL_OUTBOX).byOwnTime("mail_outbox", "id", "kept_at");
	}

	/**
	 * Finished, cancelled and dead jobs by when they finished, runs by when they started;
	 * queued jobs are never touched. (The queue's housekeeping also removes finished and
	 * cancelled jobs of every tenant after {@code kollegan.jobs.history-retention}.)
	 */
	@Bean
	ExpiringData expiringJobHistory(JdbcClient jdbc) {
		return ExpiringRows.of(jdbc, RetentionKind.JOB_HISTORY).delete("agent_job", """
				DELETE FROM agent_job WHERE id IN (SELECT id FROM agent_job WHERE tenant_id = :tenantId
				    AND status IN ('DONE', 'CANCELLED', 'DEAD') AND finished_at < :cutoff LIMIT :limit)
				""").byOwnTime("agent_job_run", "id", "started_at");
	}

	@Bean
	ExpiringData expiringAuditEvents(JdbcClient jdbc) {
		return ExpiringRows.of(jdbc, RetentionKind.AUDIT_LOG).byOwnTime("audit_event", "id", "occurred_at");
	}

}
