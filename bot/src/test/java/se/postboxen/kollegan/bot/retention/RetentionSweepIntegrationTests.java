package se.postboxen.kollegan.bot.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.retention.ExpiringData;
import se.postboxen.kollegan.retention.ExpiringTranscripts;
import se.postboxen.kollegan.retention.RetentionKind;
import se.postboxen.kollegan.retention.RetentionPolicies;
import se.postboxen.kollegan.retention.RetentionSettings;
import se.postboxen.kollegan.retention.RetentionSweeper;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.transcript.Transcripts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep against the real database, on a clock fixed for the test: for every kind,
 * data an hour inside its period stays and data an hour past it goes; transcripts by the
 * meeting's consent level; nothing of a meeting that is not over; nothing of another
 * tenant; a second sweep finds nothing; a legal hold stops everything but Bas. Each test
 * has tenants of its own (the demo tenants are never swept here).
 */
@KolleganIntegrationTest
class RetentionSweepIntegrationTests {

	private static final Actor ADMIN = Actor.user("retention-test");

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	RetentionPolicies policies;

	@Autowired
	RetentionSettings settings;

	@Autowired
	ObjectProvider<ExpiringData> stores;

	@Autowired
	ExpiringTranscripts expiringTranscripts;

	@Autowired
	Transcripts transcripts;

	@Autowired
	Meetings meetings;

	@Autowired
	Recaps recaps;

	@Autowired
	Consent consent;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Transactions transactions;

	/** The sweep as the job runs it, but at this test's moment. */
	private RetentionSweeper sweeper() {
		return new RetentionSweeper(this.policies, this.stores.orderedStream().toList(), this.expiringTranscripts,
				this.transcripts, this.meetings, this.recaps, this.consent, this.auditLog, this.transactions,
				Clock.fixed(this.now, ZoneOffset.UTC));
	}

	private RetainedRows tenant(ConsentLevel level) {
		return RetainedRows.newTenant(this.tenants, this.jdbc, level, this.now);
	}

	/**
	 * A finished meeting at the level with a transcript (and a written recap for Bas).
	 */
	private UUID transcribed(RetainedRows rows, ConsentLevel level, Instant endedAt, String status) {
		UUID meeting = rows.meeting(endedAt, status);
		if (level != ConsentLevel.JURIDIK) {
			rows.organiserAccepted(meeting, level);
		}
		rows.transcript(meeting);
		return meeting;
	}

	@Test
	void transcriptsGoByTheirMeetingsConsentLevelAnHourAfterTheirPeriod() {
		RetainedRows rows = tenant(ConsentLevel.JURIDIK);
		UUID plusInside = transcribed(rows, ConsentLevel.PLUS, rows.ago(30, -1), "DONE");
		UUID plusPast = transcribed(rows, ConsentLevel.PLUS, rows.ago(30, 1), "DONE");
		UUID juridikInside = transcribed(rows, ConsentLevel.JURIDIK, rows.ago(90, -1), "DONE");
		UUID juridikPast = transcribed(rows, ConsentLevel.JURIDIK, rows.ago(90, 1), "DONE");
		UUID basRecapped = transcribed(rows, ConsentLevel.BAS, rows.ago(0, 1), "DONE");
		rows.recap(basRecapped, "READY");
		UUID basAwaitingRecap = transcribed(rows, ConsentLevel.BAS, rows.ago(1, 0), "DONE");
		rows.recap(basAwaitingRecap, "FAILED");
		UUID basNeverRecapped = transcribed(rows, ConsentLevel.BAS, rows.ago(30, 1), "DONE");
		UUID notOver = transcribed(rows, ConsentLevel.PLUS, rows.ago(100, 0), "POST_PROCESSING");

		Map<String, Long> deleted = sweeper().sweep(rows.tenantId);

		assertThat(deleted).containsEntry("transcript:bas", 2L)
			.containsEntry("transcript:plus", 1L)
			.containsEntry("transcript:juridik", 1L);
		for (UUID kept : List.of(plusInside, juridikInside, basAwaitingRecap, notOver)) {
			assertThat(rows.count("transcript", kept)).as("kept").isOne();
		}
		for (UUID gone : List.of(plusPast, juridikPast, basRecapped, basNeverRecapped)) {
			assertThat(rows.count("transcript", gone)).as("deleted").isZero();
		}
		assertThat(rows.count("meeting")).as("the meetings themselves stay").isEqualTo(8);
	}

	@Test
	void everyKindGoesAnHourAfterItsPeriodAndAnotherTenantKeepsEverything() {
		RetainedRows rows = tenant(ConsentLevel.PLUS);
		this.settings.change(rows.tenantId,
				Map.of(RetentionKind.RECAP, 100, RetentionKind.BRIEF, 200, RetentionKind.STAKEHOLDER, 300), null,
				ADMIN);
		RetainedRows other = tenant(ConsentLevel.PLUS);
		Map<Integer, UUID> byAge = seedEveryKind(rows);
		seedEveryKind(other);
		Map<String, Long> otherBefore = other.counts();
		long auditBefore = rows.count("audit_event");

		Map<String, Long> deleted = sweeper().sweep(rows.tenantId);

		// Meetings by age: 99 days keeps all, 101 loses the recap (100), 201 the brief
		// (200), 299 keeps its facts (300), 301 goes whole (the longest period, 300).
		assertThat(keptOf(rows, byAge.get(99))).containsExactly("recap", "decision", "action_item", "legal_analysis",
				"brief", "stakeholder_fact", "meeting");
		assertThat(keptOf(rows, byAge.get(101))).containsExactly("brief", "stakeholder_fact", "meeting");
		assertThat(keptOf(rows, byAge.get(201))).containsExactly("stakeholder_fact", "meeting");
		assertThat(keptOf(rows, byAge.get(299))).containsExactly("stakeholder_fact", "meeting");
		assertThat(keptOf(rows, byAge.get(301))).isEmpty();
		// The stakeholder known only from the meeting that went, and the one known only
		// by a commitment whose action went with its recap, are gone; the one seen in
		// every meeting stays, last seen at the newest.
		assertThat(this.jdbc.sql("SELECT email FROM stakeholder WHERE tenant_id = :tenantId ORDER BY email")
			.param("tenantId", rows.tenantId.value())
			.query(String.class)
			.list()).containsExactly("kvar@kommun-r.example");
		assertThat(this.jdbc.sql("SELECT last_seen_at FROM stakeholder WHERE tenant_id = :tenantId")
			.param("tenantId", rows.tenantId.value())
			.query(Instant.class)
			.single()).isEqualTo(rows.ago(99, 2));
		// Kinds by their own time, at their defaults.
		assertThat(rows.count("document")).as("document, 90 days").isOne();
		assertThat(rows.count("mail_outbox")).as("mail, 30 days").isOne();
		assertThat(this.jdbc.sql("""
				SELECT v.number FROM regwatch_item_version v JOIN regwatch_item i ON i.id = v.item_id
				WHERE v.tenant_id = :tenantId ORDER BY i.id, v.number
				""").param("tenantId", rows.tenantId.value()).query(Integer.class).list())
			.as("the newest version of each item, and one inside the year")
			.containsExactlyInAnyOrder(3, 1);
		assertThat(this.jdbc.sql("SELECT status FROM agent_job WHERE tenant_id = :tenantId ORDER BY status")
			.param("tenantId", rows.tenantId.value())
			.query(String.class)
			.list()).as("job history, 30 days; queued jobs whatever their age").containsExactly("DONE", "QUEUED");
		assertThat(rows.count("agent_job_run")).isOne();
		assertThat(rows.count("audit_event")).as("audit, 730 days: one gone, the sweep's own entry added")
			.isEqualTo(auditBefore);

		assertThat(deleted).containsEntry("recap", 4L)
			.containsEntry("decision", 4L)
			.containsEntry("action_item", 4L)
			.containsEntry("legal_analysis", 4L)
			.containsEntry("stakeholder_fact (commitments)", 1L)
			.containsEntry("brief", 3L)
			.containsEntry("stakeholder_fact", 2L)
			.containsEntry("stakeholder (no source left)", 2L)
			.containsEntry("meeting", 1L)
			.containsEntry("document", 1L)
			.containsEntry("regwatch_item_version", 2L)
			.containsEntry("mail_outbox", 1L)
			.containsEntry("agent_job", 2L)
			.containsEntry("agent_job_run", 3L)
			.containsEntry("audit_event", 1L);
		assertThat(other.counts()).as("the other tenant's rows").isEqualTo(otherBefore);
		AuditEvent entry = sweepEntries(rows).get(0);
		assertThat(entry.actor()).isEqualTo(Actor.system("retention"));
		assertThat(entry.details()).containsEntry("recap", "4").containsEntry("meeting", "1");
		assertThat(entry.details().values()).allMatch(count -> count.matches("\\d+"));
		assertThat(entry.details().toString()).doesNotContain("budget").doesNotContain("Hemligt");
	}

	@Test
	void aSecondSweepFindsNothingAndAuditsNothing() {
		RetainedRows rows = tenant(ConsentLevel.PLUS);
		seedEveryKind(rows);
		sweeper().sweep(rows.tenantId);
		Map<String, Long> after = rows.counts();

		Map<String, Long> again = sweeper().sweep(rows.tenantId);

		assertThat(again.values()).allMatch(count -> count == 0);
		assertThat(rows.counts()).isEqualTo(after);
		assertThat(sweepEntries(rows)).hasSize(1);
	}

	@Test
	void aLegalHoldKeepsEverythingButTheTranscriptsBasNeverKeeps() {
		RetainedRows rows = tenant(ConsentLevel.PLUS);
		this.settings.change(rows.tenantId, Map.of(), "Tvist med Leverantören AB, dnr 2031/17", ADMIN);
		UUID plusPast = transcribed(rows, ConsentLevel.PLUS, rows.ago(31, 0), "DONE");
		UUID basRecapped = transcribed(rows, ConsentLevel.BAS, rows.ago(400, 0), "DONE");
		rows.recap(basRecapped, "READY");
		rows.document(rows.ago(400, 0));
		rows.auditEvent(rows.ago(4000, 0));

		Map<String, Long> deleted = sweeper().sweep(rows.tenantId);

		assertThat(rows.count("transcript", plusPast)).isOne();
		assertThat(rows.count("transcript", basRecapped)).isZero();
		assertThat(rows.count("meeting")).isEqualTo(2);
		assertThat(rows.count("recap")).isOne();
		assertThat(rows.count("document")).isOne();
		assertThat(deleted).containsEntry("transcript:bas", 1L).doesNotContainKey("audit_event");
		assertThat(sweepEntries(rows)).singleElement()
			.satisfies(entry -> assertThat(entry.details()).containsEntry("legalHold", "held")
				.containsEntry("transcript:bas", "1"));
	}

	/**
	 * Five finished meetings, each with a recap (decision, action, legal analysis), a
	 * brief and a fact; the kinds by their own time an hour each side of their default
	 * periods.
	 * @return the meetings by age in days
	 */
	private static Map<Integer, UUID> seedEveryKind(RetainedRows rows) {
		Map<Integer, UUID> byAge = new HashMap<>();
		UUID kept = rows.stakeholder("kvar@kommun-r.example");
		UUID onlyOld = rows.stakeholder("gammal@kommun-r.example");
		UUID onlyCommitted = rows.stakeholder("lovade@kommun-r.example");
		for (int age : List.of(99, 101, 201, 299, 301)) {
			UUID meeting = rows.meeting(rows.ago(age, 1), "DONE");
			byAge.put(age, meeting);
			UUID action = rows.recap(meeting, "READY");
			rows.legalAnalysis(meeting);
			rows.brief(meeting);
			rows.attended(kept, meeting);
			if (age == 301) {
				rows.attended(onlyOld, meeting);
			}
			if (age == 101) {
				rows.committed(onlyCommitted, meeting, action);
			}
		}
		rows.document(rows.ago(90, -1));
		rows.document(rows.ago(90, 1));
		rows.mail(rows.ago(30, -1));
		rows.mail(rows.ago(30, 1));
		rows.regwatchItem(rows.ago(367, 0), rows.ago(366, 0), rows.ago(364, 0));
		rows.regwatchItem(rows.ago(500, 0));
		rows.job("DONE", rows.ago(30, -1));
		rows.job("DONE", rows.ago(30, 1));
		rows.job("DEAD", rows.ago(30, 1));
		rows.job("QUEUED", rows.ago(40, 0));
		rows.auditEvent(rows.ago(730, -1));
		rows.auditEvent(rows.ago(730, 1));
		return byAge;
	}

	/** Which of the meeting's tables still hold rows of it. */
	private static List<String> keptOf(RetainedRows rows, UUID meeting) {
		return List.of("recap", "decision", "action_item", "legal_analysis", "brief", "stakeholder_fact", "meeting")
			.stream()
			.filter(table -> rows.count(table, meeting) > 0)
			.toList();
	}

	private List<AuditEvent> sweepEntries(RetainedRows rows) {
		return this.auditLog.recent(rows.tenantId, 100)
			.stream()
			.filter(event -> event.action().equals("retention.swept"))
			.toList();
	}

}
