package se.postboxen.kollegan.adapter.persistence.meeting;

import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
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
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcMeetings implements Meetings {

	private final MeetingRows rows;

	private final JdbcAggregateOperations aggregates;

	JdbcMeetings(MeetingRows rows, JdbcAggregateOperations aggregates) {
		this.rows = rows;
		this.aggregates = aggregates;
	}

	@Override
	public Meeting save(Meeting meeting) {
		try {
			return toMeeting(this.rows.save(toRow(meeting)));
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentMeetingUpdateException(meeting.id(), ex);
		}
	}

	@Override
	public Optional<Meeting> findById(TenantId tenantId, MeetingId id) {
		return this.rows.findByIdAndTenantId(id.value(), tenantId.value()).map(JdbcMeetings::toMeeting);
	}

	@Override
	public MeetingPage search(MeetingSearch search) {
		Criteria criteria = Criteria.where("tenantId")
			.is(search.tenantId().value())
			.and("startsAt")
			.greaterThanOrEquals(search.from())
			.and("startsAt")
			.lessThan(search.to());
		if (!search.statuses().isEmpty()) {
			criteria = criteria.and("status").in(search.statuses().stream().map(MeetingStatus::name).toList());
		}
		PageRequest pageRequest = PageRequest.of(search.page(), search.size(),
				Sort.by("startsAt").ascending().and(Sort.by("id")));
		Page<MeetingRow> page = this.aggregates.findAll(Query.query(criteria), MeetingRow.class, pageRequest);
		return new MeetingPage(page.map(JdbcMeetings::toMeeting).getContent(), search.page(), search.size(),
				page.getTotalElements());
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
				new ExternalIds(row.icalUid(), row.platformMeetingId()), MeetingStatus.valueOf(row.status()),
				row.version());
	}

}
