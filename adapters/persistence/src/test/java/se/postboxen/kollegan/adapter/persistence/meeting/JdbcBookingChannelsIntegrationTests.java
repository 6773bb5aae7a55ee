package se.postboxen.kollegan.adapter.persistence.meeting;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.BookingChannels;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.meeting.Platform;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the dashboard's overview reads beside the meetings: the channel and the platform.
 */
@StoreIntegrationTest
class JdbcBookingChannelsIntegrationTests {

	@Autowired
	BookingChannels channels;

	@Autowired
	Meetings meetings;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Tenants tenants;

	TenantId tenant;

	ZonedDateTime start;

	@BeforeEach
	void newTenant() {
		this.tenant = TestTenants.create(this.tenants);
		this.start = ZonedDateTime.now(ZoneId.of("Europe/Stockholm")).truncatedTo(ChronoUnit.HOURS).plusDays(1);
	}

	private Meeting meeting(TenantId tenantId, String joinUrl) {
		return this.meetings.save(Meeting.schedule(tenantId, "Möte", null, URI.create(joinUrl), this.start,
				this.start.plusHours(1), null, List.of(), ExternalIds.NONE, 0, null));
	}

	private void booked(TenantId tenantId, Meeting meeting, String action, BookingChannel via, Instant at) {
		this.auditLog.record(AuditEvent.of(tenantId, at, Actor.system("test"), action, "meeting",
				meeting.id().toString(), Map.of("via", via.name())));
	}

	@Test
	void readsTheChannelEachMeetingWasFirstBookedThrough() {
		Meeting invited = meeting(this.tenant, "https://teams.microsoft.com/l/meetup-join/a");
		Meeting linked = meeting(this.tenant, "https://meet.google.com/abc-defg-hij");
		Meeting unrecorded = meeting(this.tenant, "https://kommun.zoom.us/j/1");
		Instant now = Instant.now();
		booked(this.tenant, invited, "meeting.scheduled", BookingChannel.INVITATION, now);
		booked(this.tenant, invited, "meeting.rescheduled", BookingChannel.CALENDAR, now.plusSeconds(60));
		booked(this.tenant, linked, "meeting.scheduled", BookingChannel.MAGIC_LINK, now);

		assertThat(this.channels.of(this.tenant, List.of(invited.id(), linked.id(), unrecorded.id()))).containsOnly(
				Map.entry(invited.id(), BookingChannel.INVITATION), Map.entry(linked.id(), BookingChannel.MAGIC_LINK));
		assertThat(this.channels.of(this.tenant, List.of())).isEmpty();
	}

	@Test
	void anotherTenantsMeetingHasNoChannelHere() {
		TenantId other = TestTenants.create(this.tenants);
		Meeting theirs = meeting(other, "https://teams.microsoft.com/l/meetup-join/b");
		booked(other, theirs, "meeting.scheduled", BookingChannel.CHAT, Instant.now());

		assertThat(this.channels.of(this.tenant, List.of(theirs.id()))).isEmpty();
	}

	@Test
	void searchesByPlatform() {
		meeting(this.tenant, "https://teams.microsoft.com/l/meetup-join/c");
		Meeting zoom = meeting(this.tenant, "https://kommun.zoom.us/j/2");
		Instant from = this.start.toInstant().minusSeconds(60);
		Instant to = this.start.toInstant().plusSeconds(60);

		assertThat(this.meetings
			.search(new MeetingSearch(this.tenant, from, to, Set.of(), Set.of(Platform.ZOOM), null, 0, 10))
			.items()).extracting(Meeting::id).containsExactly(zoom.id());
		assertThat(this.meetings.search(new MeetingSearch(this.tenant, from, to, Set.of(), null, 0, 10)).totalItems())
			.isEqualTo(2);
	}

}
