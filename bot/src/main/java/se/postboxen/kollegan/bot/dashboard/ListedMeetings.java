package se.postboxen.kollegan.bot.dashboard;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.BookingChannels;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Puts beside each meeting what the dashboard shows with it: the channel it was booked
 * through (one query for the whole list) and the consent level it runs at.
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
		return meetings.stream()
			.map(meeting -> MeetingRow.of(meeting, booked.get(meeting.id()), this.consent.levelFor(meeting)))
			.toList();
	}

	MeetingRow of(Meeting meeting) {
		return of(meeting.tenantId(), List.of(meeting)).get(0);
	}

}
