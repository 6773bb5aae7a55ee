package se.postboxen.kollegan.adapter.persistence.meeting;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.adapter.persistence.Columns;
import se.postboxen.kollegan.meeting.ConcurrentMeetingUpdateException;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingPage;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.meeting.Platform;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcMeetings implements Meetings {

	private final MeetingRows rows;

	private final JdbcClient jdbc;

	JdbcMeetings(MeetingRows rows, JdbcClient jdbc) {
		this.rows = rows;
		this.jdbc = jdbc;
	}

	@Override
	public Meeting save(Meeting meeting) {
		try {
			return toMeeting(this.rows.save(toRow(meeting)));
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			// A duplicate key: the same calendar meeting was stored by a concurrent
			// booking (an invitation and a calendar sync at once).
			throw new ConcurrentMeetingUpdateException(meeting.id(), ex);
		}
	}

	@Override
	public Optional<Meeting> findSame(TenantId tenantId, ExternalIds ids, String joinUrlKey, Instant startsAt) {
		Map<String, Object> params = new HashMap<>();
		params.put("tenantId", tenantId.value());
		params.put("joinUrlKey", joinUrlKey);
		params.put("startsAt", Timestamp.from(startsAt));
		StringBuilder same = new StringBuilder("(m.join_url_key = :joinUrlKey AND m.starts_at = :startsAt)");
		if (ids.icalUid() != null) {
			same.append(" OR (m.ical_uid = :icalUid AND m.occurrence IS NOT DISTINCT FROM :occurrence)");
			params.put("icalUid", ids.icalUid());
			params.put("occurrence", (ids.occurrence() != null) ? Timestamp.from(ids.occurrence()) : null);
		}
		if (ids.platformMeetingId() != null) {
			same.append(" OR (m.platform_meeting_id = :platformMeetingId AND m.starts_at = :startsAt)");
			params.put("platformMeetingId", ids.platformMeetingId());
		}
		return this.jdbc
			.sql("SELECT m.id FROM meeting m WHERE m.tenant_id = :tenantId AND (" + same + ") "
					+ "ORDER BY (m.status = 'CANCELLED'), m.updated_at DESC LIMIT 1")
			.params(params)
			.query(UUID.class)
			.optional()
			.flatMap(id -> findById(tenantId, new MeetingId(id)));
	}

	@Override
	public List<Meeting> findByIcalUid(TenantId tenantId, String icalUid) {
		return this.rows.findByTenantIdAndIcalUidOrderByStartsAt(tenantId.value(), icalUid)
			.stream()
			.map(JdbcMeetings::toMeeting)
			.toList();
	}

	@Override
	public Optional<Meeting> findById(TenantId tenantId, MeetingId id) {
		return this.rows.findByIdAndTenantId(id.value(), tenantId.value()).map(JdbcMeetings::toMeeting);
	}

	/**
	 * In SQL, because the "concerning" filter looks into participants, which Spring
	 * Data's criteria cannot. The page's meetings come with their participants in the
	 * same query: loading them as aggregates would read each meeting's participants with
	 * a query of its own, a round trip per row of the dashboard's list.
	 */
	@Override
	public MeetingPage search(MeetingSearch search) {
		StringBuilder where = new StringBuilder(
				"m.tenant_id = :tenantId AND m.starts_at >= :from AND m.starts_at < :to");
		Map<String, Object> params = new HashMap<>();
		params.put("tenantId", search.tenantId().value());
		params.put("from", Timestamp.from(search.from()));
		params.put("to", Timestamp.from(search.to()));
		if (!search.statuses().isEmpty()) {
			where.append(" AND m.status IN (:statuses)");
			params.put("statuses", search.statuses().stream().map(MeetingStatus::name).toList());
		}
		if (!search.platforms().isEmpty()) {
			where.append(" AND m.platform IN (:platforms)");
			params.put("platforms", search.platforms().stream().map(Platform::name).toList());
		}
		EmailAddress concerning = search.concerning();
		if (concerning != null) {
			where.append(" AND (m.organizer_email = :email OR m.scheduled_by = :email OR EXISTS (")
				.append("SELECT 1 FROM meeting_participant p WHERE p.meeting_id = m.id AND p.email = :email))");
			params.put("email", concerning.value());
		}
		long total = this.jdbc.sql("SELECT count(*) FROM meeting m WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", search.size());
		params.put("offset", search.offset());
		List<Meeting> page = this.jdbc.sql("""
				SELECT m.id, m.tenant_id, m.title, m.platform, m.join_url, m.starts_at, m.ends_at, m.time_zone,
				       m.organizer_name, m.organizer_email, m.status, m.ical_uid, m.platform_meeting_id, m.occurrence,
				       m.sequence, m.join_url_key, m.scheduled_by, m.version, m.updated_at,
				       ARRAY(SELECT p.name FROM meeting_participant p WHERE p.meeting_id = m.id ORDER BY p.position)
				           AS participant_names,
				       ARRAY(SELECT p.email FROM meeting_participant p WHERE p.meeting_id = m.id ORDER BY p.position)
				           AS participant_emails
				FROM meeting m
				WHERE %s
				ORDER BY m.starts_at, m.id
				LIMIT :limit OFFSET :offset
				""".formatted(where)).params(params).query(JdbcMeetings::listed).list();
		return new MeetingPage(page, search.page(), search.size(), total);
	}

	/** A meeting of a search's page, as {@link #search} reads it. */
	private static Meeting listed(ResultSet rs, int rowNum) throws SQLException {
		UUID tenantId = rs.getObject("tenant_id", UUID.class);
		String[] names = (String[]) rs.getArray("participant_names").getArray();
		String[] emails = (String[]) rs.getArray("participant_emails").getArray();
		List<ParticipantRow> participants = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			participants.add(new ParticipantRow(tenantId, names[i], emails[i]));
		}
		return toMeeting(new MeetingRow(rs.getObject("id", UUID.class), tenantId, rs.getString("title"),
				rs.getString("platform"), rs.getString("join_url"), instant(rs, "starts_at"), instant(rs, "ends_at"),
				rs.getString("time_zone"), rs.getString("organizer_name"), rs.getString("organizer_email"),
				rs.getString("status"), rs.getString("ical_uid"), rs.getString("platform_meeting_id"),
				instant(rs, "occurrence"), rs.getInt("sequence"), rs.getString("join_url_key"),
				rs.getString("scheduled_by"), participants, rs.getLong("version"), instant(rs, "updated_at")));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	@Override
	public long count(TenantId tenantId) {
		return this.rows.countByTenantId(tenantId.value());
	}

	private static MeetingRow toRow(Meeting meeting) {
		return new MeetingRow(meeting.id().value(), meeting.tenantId().value(), meeting.title(),
				meeting.platform().name(), meeting.joinUrl().toString(), meeting.startsAt(), meeting.endsAt(),
				meeting.timeZone().getId(), Columns.name(meeting.organizer()), Columns.email(meeting.organizer()),
				meeting.status().name(), meeting.externalIds().icalUid(), meeting.externalIds().platformMeetingId(),
				meeting.externalIds().occurrence(), meeting.sequence(), meeting.joinUrlKey(),
				(meeting.scheduledBy() != null) ? meeting.scheduledBy().value() : null,
				meeting.participants()
					.stream()
					.map(person -> new ParticipantRow(meeting.tenantId().value(), Columns.name(person),
							Columns.email(person)))
					.toList(),
				meeting.version(), null);
	}

	private static Meeting toMeeting(MeetingRow row) {
		return Meeting.restore(new MeetingId(row.id()), new TenantId(row.tenantId()), row.title(),
				Platform.valueOf(row.platform()), URI.create(row.joinUrl()), row.startsAt(), row.endsAt(),
				ZoneId.of(row.timeZone()), Columns.person(row.organizerName(), row.organizerEmail()),
				row.participants().stream().map(p -> Person.of(p.name(), p.email())).toList(),
				new ExternalIds(row.icalUid(), row.platformMeetingId(), row.occurrence()), row.sequence(),
				(row.scheduledBy() != null) ? EmailAddress.of(row.scheduledBy()) : null,
				MeetingStatus.valueOf(row.status()), row.version());
	}

}
