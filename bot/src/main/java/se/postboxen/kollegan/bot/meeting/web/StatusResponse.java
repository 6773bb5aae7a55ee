package se.postboxen.kollegan.bot.meeting.web;

import java.time.Instant;
import java.util.UUID;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.MeetingStatusChange;

/** A meeting's live status: where it stands and the colour the dashboard shows. */
record StatusResponse(UUID meetingId, MeetingStatus status, MeetingStatusChange.Colour colour, Instant at) {

	static StatusResponse of(MeetingStatusChange change) {
		return new StatusResponse(change.meetingId().value(), change.status(), change.colour(), change.at());
	}

	static StatusResponse of(Meeting meeting, Instant at) {
		return of(MeetingStatusChange.of(meeting, at));
	}

}
