package se.postboxen.kollegan.bot.meeting.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.Platform;
import se.postboxen.kollegan.person.Person;

/** A meeting as the API shows it; times are given in the meeting's own zone. */
record MeetingResponse(UUID id, String title, Platform platform, URI joinUrl, OffsetDateTime startsAt,
		OffsetDateTime endsAt, String timeZone, MeetingStatus status, @Nullable PersonResponse organizer,
		List<PersonResponse> participants) {

	static MeetingResponse of(Meeting meeting) {
		return new MeetingResponse(meeting.id().value(), meeting.title(), meeting.platform(), meeting.joinUrl(),
				meeting.startsAt().atZone(meeting.timeZone()).toOffsetDateTime(),
				meeting.endsAt().atZone(meeting.timeZone()).toOffsetDateTime(), meeting.timeZone().getId(),
				meeting.status(), PersonResponse.of(meeting.organizer()),
				meeting.participants().stream().map(PersonResponse::of).toList());
	}

	record PersonResponse(@Nullable String name, @Nullable String email) {

		static @Nullable PersonResponse of(@Nullable Person person) {
			if (person == null) {
				return null;
			}
			return new PersonResponse(person.name(), (person.email() != null) ? person.email().value() : null);
		}

	}

}
