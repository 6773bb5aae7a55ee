package se.postboxen.kollegan.bot.retention;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * Rows of a tenant of its own, written straight into the tables with the times a test
 * needs ("ended 30 days and an hour ago"), so the sweep meets the data as the application
 * leaves it; counted back per table afterwards.
 */
final class RetainedRows {

	static final String ORGANISER = "org@kommun-r.example";

	private final JdbcClient jdbc;

	final TenantId tenantId;

	private final Instant now;

	private RetainedRows(JdbcClient jdbc, TenantId tenantId, Instant now) {
		this.jdbc = jdbc;
		this.tenantId = tenantId;
		this.now = now;
	}

	/**
	 * A new tenant whose meetings run at {@code level} unless the organiser lowers it.
	 */
	static RetainedRows newTenant(Tenants tenants, JdbcClient jdbc, ConsentLevel level, Instant now) {
		TenantId tenantId = TenantId.newId();
		tenants.save(new Tenant(tenantId, "kommun-r-" + tenantId.value().toString().substring(0, 8), "Kommun R",
				ZoneId.of("Europe/Stockholm"), level, null));
		return new RetainedRows(jdbc, tenantId, now);
	}

	/** {@code days} days and {@code hours} hours before now (negative hours: after). */
	Instant ago(long days, long hours) {
		return this.now.minus(Duration.ofDays(days)).minus(Duration.ofHours(hours));
	}

	/** A meeting of an hour that ended at {@code endedAt}, in {@code status}. */
	UUID meeting(Instant endedAt, String status) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO meeting (id, tenant_id, title, platform, join_url, join_url_key, starts_at, ends_at,
				    time_zone, organizer_name, organizer_email, status, version)
				VALUES (:id, :tenantId, 'Hemligt möte om budgeten', 'ZOOM', :url, :key, :startsAt, :endsAt,
				    'Europe/Stockholm', 'Org Anisatör', :organiser, :status, 0)
				""")
			.param("id", id)
			.param("tenantId", this.tenantId.value())
			.param("url", "https://kommun-r.zoom.us/j/" + id)
			.param("key", "kommun-r.zoom.us/j/" + id)
			.param("startsAt", Timestamp.from(endedAt.minus(Duration.ofHours(1))))
			.param("endsAt", Timestamp.from(endedAt))
			.param("organiser", ORGANISER)
			.param("status", status)
			.update();
		return id;
	}

	/** The organiser accepted the meeting at {@code level} (lowering the tenant's). */
	void organiserAccepted(UUID meeting, ConsentLevel level) {
		this.jdbc.sql("""
				INSERT INTO consent_record (id, tenant_id, meeting_id, participant_name, participant_email, level,
				    answer, channel, answered_at, version)
				VALUES (:id, :tenantId, :meeting, 'Org Anisatör', :organiser, :level, 'ACCEPTED', 'WEB', :at, 0)
				""")
			.params(Map.of("id", UUID.randomUUID(), "tenantId", this.tenantId.value(), "meeting", meeting, "organiser",
					ORGANISER, "level", level.name(), "at", Timestamp.from(this.now.minus(Duration.ofDays(400)))))
			.update();
	}

	void transcript(UUID meeting) {
		insert("""
				INSERT INTO transcript (meeting_id, tenant_id, source, utterances, stored_at)
				VALUES (:meeting, :tenantId, 'LIVE',
				    '[{"speaker":"Org","email":null,"startMs":0,"endMs":1000,"text":"Budgeten är hemlig."}]', :now)
				""", meeting);
	}

	/** The recap with one decision and one action, as the analysis writes them. */
	UUID recap(UUID meeting, String status) {
		insert("""
				INSERT INTO recap (meeting_id, tenant_id, status, language, source, summary, prepared_at)
				VALUES (:meeting, :tenantId, :status, 'sv', 'LIVE', 'Budgeten är hemlig.', :now)
				""", meeting, Map.of("status", status));
		insert("""
				INSERT INTO decision (id, tenant_id, meeting_id, text, confidence, version)
				VALUES (gen_random_uuid(), :tenantId, :meeting, 'Budgeten hålls hemlig.', 0.9, 0)
				""", meeting);
		UUID action = UUID.randomUUID();
		insert("""
				INSERT INTO action_item (id, tenant_id, meeting_id, text, status, confidence, needs_confirmation, version)
				VALUES (:action, :tenantId, :meeting, 'Skicka budgeten.', 'OPEN', 0.9, false, 0)
				""",
				meeting, Map.of("action", action));
		return action;
	}

	/** Juridik-Gunnar's analysis, written with the recap. */
	void legalAnalysis(UUID meeting) {
		insert("""
				INSERT INTO legal_analysis (meeting_id, tenant_id, findings, analysed_at)
				VALUES (:meeting, :tenantId, '[{"kind":"PERSONAL_DATA","text":"Budgeten är hemlig."}]', :now)
				""", meeting);
	}

	void brief(UUID meeting) {
		insert("""
				INSERT INTO brief (id, tenant_id, meeting_id, kind, language, content, prepared_at, version)
				VALUES (gen_random_uuid(), :tenantId, :meeting, 'POST', 'sv', '# Budgeten', :now, 0)
				""", meeting);
	}

	/** A stakeholder known by address, made on first sight. */
	UUID stakeholder(String email) {
		return this.jdbc.sql("""
				INSERT INTO stakeholder (id, tenant_id, email, name, last_seen_at, version)
				VALUES (gen_random_uuid(), :tenantId, :email, 'Intressent', :now, 0)
				ON CONFLICT (tenant_id, email) DO UPDATE SET version = stakeholder.version RETURNING id
				""")
			.params(Map.of("tenantId", this.tenantId.value(), "email", email, "now", Timestamp.from(this.now)))
			.query(UUID.class)
			.single();
	}

	void attended(UUID stakeholder, UUID meeting) {
		insert("""
				INSERT INTO stakeholder_fact (id, tenant_id, stakeholder_id, meeting_id, kind)
				VALUES (gen_random_uuid(), :tenantId, :stakeholder, :meeting, 'ATTENDED')
				""", meeting, Map.of("stakeholder", stakeholder));
	}

	void committed(UUID stakeholder, UUID meeting, UUID action) {
		insert("""
				INSERT INTO stakeholder_fact (id, tenant_id, stakeholder_id, meeting_id, kind, action_item_id)
				VALUES (gen_random_uuid(), :tenantId, :stakeholder, :meeting, 'COMMITMENT', :action)
				""", meeting, Map.of("stakeholder", stakeholder, "action", action));
	}

	void document(Instant uploadedAt) {
		insert("""
				INSERT INTO document (id, tenant_id, file_name, media_type, uploaded_by_subject, uploaded_by_name,
				    uploaded_at, text, analysis, requirement_count, risk_count)
				VALUES (gen_random_uuid(), :tenantId, 'avtal.txt', 'text/plain', 'subject', 'Astrid', :at,
				    'Leverantören ska leverera.', '{}', 0, 0)
				""", null, Map.of("at", Timestamp.from(uploadedAt)));
	}

	/** A watched item with one version fetched at each instant, oldest first. */
	void regwatchItem(Instant... fetched) {
		UUID source = UUID.randomUUID();
		UUID item = UUID.randomUUID();
		insert("""
				INSERT INTO regwatch_source (id, tenant_id, name, kind, url, enabled, version)
				VALUES (:source, :tenantId, 'Källa', 'RSS', 'https://kommun-r.example/regler.rss', true, 0)
				""", null, Map.of("source", source));
		insert("""
				INSERT INTO regwatch_item (id, tenant_id, source_id, external_key, title, url, first_seen_at,
				    last_changed_at, version)
				VALUES (:item, :tenantId, :source, 'nyckel', 'Regel', 'https://kommun-r.example/regel', :now, :now, 0)
				""", null, Map.of("source", source, "item", item));
		for (int number = 1; number <= fetched.length; number++) {
			insert("""
					INSERT INTO regwatch_item_version (id, tenant_id, item_id, number, content_hash, content,
					    fetched_at, version)
					VALUES (gen_random_uuid(), :tenantId, :item, :number, 'hash', 'Regeltext', :at, 0)
					""", null, Map.of("item", item, "number", number, "at", Timestamp.from(fetched[number - 1])));
		}
	}

	void mail(Instant keptAt) {
		insert("""
				INSERT INTO mail_outbox (id, tenant_id, to_address, subject, body, kind, kept_at)
				VALUES (gen_random_uuid(), :tenantId, 'någon@kommun-r.example', 'Påminnelse', 'Budgeten.', 'nudge',
				    :at)
				""", null, Map.of("at", Timestamp.from(keptAt)));
	}

	/**
	 * A job of the tenant in {@code status}, finished then (unless queued), run once
	 * then.
	 */
	void job(String status, Instant at) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", UUID.randomUUID());
		params.put("key", "test:" + params.get("id"));
		params.put("status", status);
		params.put("at", Timestamp.from(at));
		params.put("finished", status.equals("QUEUED") ? null : Timestamp.from(at));
		insert("""
				INSERT INTO agent_job (id, job_key, type, tenant_id, payload, status, attempts, due_at, finished_at)
				VALUES (:id, :key, 'RETENTION_SWEEP', :tenantId, '{}', :status, 1, :at, :finished)
				""", null, params);
		insert("""
				INSERT INTO agent_job_run (job_id, job_key, type, tenant_id, attempt, due_at, started_at, finished_at,
				    outcome, duration_ms)
				VALUES (:id, :key, 'RETENTION_SWEEP', :tenantId, 1, :at, :at, :at, 'DONE', 5)
				""", null, params);
	}

	void auditEvent(Instant occurredAt) {
		insert("""
				INSERT INTO audit_event (id, tenant_id, occurred_at, actor_kind, actor_id, action, subject_type,
				    details, version)
				VALUES (gen_random_uuid(), :tenantId, :at, 'USER', 'astrid', 'meeting.scheduled', 'meeting', '{}', 0)
				""", null, Map.of("at", Timestamp.from(occurredAt)));
	}

	/** The tenant's rows in the table. */
	long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = :tenantId")
			.param("tenantId", this.tenantId.value())
			.query(Long.class)
			.single();
	}

	/** The meeting's rows in the table (the meeting itself for {@code meeting}). */
	long count(String table, UUID meeting) {
		String column = table.equals("meeting") ? "id" : "meeting_id";
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :meeting")
			.param("meeting", meeting)
			.query(Long.class)
			.single();
	}

	/** Rows per table, for comparing a tenant before and after. */
	Map<String, Long> counts() {
		return List
			.of("meeting", "consent_record", "transcript", "recap", "decision", "action_item", "legal_analysis",
					"brief", "stakeholder", "stakeholder_fact", "document", "regwatch_item_version", "mail_outbox",
					"agent_job", "agent_job_run", "audit_event")
			.stream()
			.collect(Collectors.toMap(table -> table, this::count));
	}

	private void insert(String sql, @Nullable UUID meeting) {
		insert(sql, meeting, Map.of());
	}

	private void insert(String sql, @Nullable UUID meeting, Map<String, Object> more) {
		Map<String, Object> params = new HashMap<>(more);
		params.put("tenantId", this.tenantId.value());
		params.put("now", Timestamp.from(this.now));
		if (meeting != null) {
			params.put("meeting", meeting);
		}
		this.jdbc.sql(sql).params(params).update();
	}

}
