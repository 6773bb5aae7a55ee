package se.postboxen.kollegan.bot.dashboard;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.BookingChannels;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Puts beside each meeting what the dashboard shows with it: the channel it was booked
 * through and the consent level it runs at, each read once for the whole list rather than
 * per row.
 */
@Component
class ListedMeetings {

	private final BookingChannels channels;

	private final Consent consent;

	ListedMeetings(BookingChannels channels, Consent consent) {
		this.channels = channels;
		this.consent = consent;
	}

	List<MeetingRow> of(TenantId tenantId, List<Meeting> meetings) {
		Map<MeetingId, BookingChannel> booked = this.channels.of(tenantId, meetings.stream().map(Meeting::id).toList());
		Map<MeetingId, ConsentLevel> levels = this.consent.levelsFor(tenantId, meetings);
		return meetings.stream()
			.map(meeting -> MeetingRow.of(meeting, booked.get(meeting.id()), levels.get(meeting.id())))
			.toList();
	}

	MeetingRow of(Meeting meeting) {
		return of(meeting.tenantId(), List.of(meeting)).get(0);
	}

}
