package se.postboxen.kollegan.bot.meeting.web;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.bot.web.constraints.EmailAddressValue;
import se.postboxen.kollegan.bot.web.constraints.HttpsUrl;
import se.postboxen.kollegan.bot.web.constraints.SingleLine;
import se.postboxen.kollegan.bot.web.constraints.TimeZoneId;
import se.postboxen.kollegan.bot.web.constraints.ValidMeetingTime;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Platform;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;

/**
 * {@code POST /api/agents/meetings}: the meeting to schedule the agent for.
 *
 * @param platform optional; inferred from the join URL when absent
 * @param timeZone optional IANA zone the meeting is held in; the tenant's when absent
 */
@ValidMeetingTime
record ScheduleMeetingRequest(@NotBlank @Size(max = Meeting.MAX_TITLE_LENGTH) @SingleLine String title,
		@NotBlank @Size(max = Meeting.MAX_JOIN_URL_LENGTH) @HttpsUrl String joinUrl, @NotNull OffsetDateTime startsAt,
		@NotNull OffsetDateTime endsAt, @Nullable @TimeZoneId String timeZone, @Nullable Platform platform,
		@Nullable @Size(max = EmailAddress.MAX_LENGTH) @EmailAddressValue String organizerEmail,
		@Nullable @Size(max = Person.MAX_NAME_LENGTH) @SingleLine String organizerName,
		@Nullable @Size(max = Meeting.MAX_PARTICIPANTS) List<@Valid @NotNull Participant> participants)
		implements
			ValidMeetingTime.Span {

	record Participant(@Nullable @Size(max = Person.MAX_NAME_LENGTH) @SingleLine String name,
			@NotBlank @Size(max = EmailAddress.MAX_LENGTH) @EmailAddressValue String email) {

	}

}
