package se.postboxen.kollegan.bot.dashboard;

import java.time.ZonedDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.MeetingStatusChange;
import se.postboxen.kollegan.meeting.Platform;

/**
 * A meeting as the dashboard lists it, in the meeting's own time zone.
 *
 * @param channel how the agent was asked in; absent when that was not recorded
 * @param consentLevel the level the meeting runs at
 */
record MeetingRow(UUID id, String title, ZonedDateTime startsAt, ZonedDateTime endsAt, Platform platform,
		@Nullable BookingChannel channel, ConsentLevel consentLevel, MeetingStatus status,
		MeetingStatusChange.Colour colour) {

	static MeetingRow of(Meeting meeting, @Nullable BookingChannel channel, ConsentLevel consentLevel) {
		return new MeetingRow(meeting.id().value(), meeting.title(), meeting.startsAt().atZone(meeting.timeZone()),
				meeting.endsAt().atZone(meeting.timeZone()), meeting.platform(), channel, consentLevel,
				meeting.status(), MeetingStatusChange.colour(meeting.status()));
	}

}
