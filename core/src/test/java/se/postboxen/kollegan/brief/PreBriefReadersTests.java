package se.postboxen.kollegan.brief;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read a meeting's pre-briefs ({@link PreBriefs#mayRead}): the one they are
 * written for and those who see every meeting, never another participant.
 */
class PreBriefReadersTests {

	private static final EmailAddress ANNA = EmailAddress.of("anna.lind@kommun-a.example");

	private static final EmailAddress ERIK = EmailAddress.of("erik.berg@kommun-a.example");

	private static final EmailAddress BOOKER = EmailAddress.of("sekreterare@kommun-a.example");

	private static Meeting meeting(@Nullable Person organizer, @Nullable EmailAddress bookedBy) {
		ZonedDateTime start = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneId.of("Europe/Stockholm"));
		return Meeting.schedule(TenantId.newId(), "Styrgrupp", null,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"), start,
				start.plusHours(1), organizer, List.of(new Person("Erik Berg", ERIK)), ExternalIds.NONE, 0, bookedBy);
	}

	@Test
	void theOrganiserReadsThemAndAnotherParticipantDoesNot() {
		Meeting meeting = meeting(new Person("Anna Lind", ANNA), BOOKER);

		assertThat(PreBriefs.mayRead(meeting, ANNA, false)).isTrue();
		assertThat(PreBriefs.mayRead(meeting, ERIK, false)).isFalse();
		assertThat(PreBriefs.mayRead(meeting, BOOKER, false)).as("the organiser is the reader, not the booker")
			.isFalse();
	}

	@Test
	void withoutAnOrganisersAddressTheOneWhoBookedReadsThem() {
		Meeting meeting = meeting(new Person("Anna Lind", null), BOOKER);

		assertThat(PreBriefs.mayRead(meeting, BOOKER, false)).isTrue();
		assertThat(PreBriefs.mayRead(meeting, ERIK, false)).isFalse();
	}

	@Test
	void whoeverSeesAllMeetingsReadsThemAndSomeoneWithoutAnAddressOtherwiseNot() {
		Meeting meeting = meeting(new Person("Anna Lind", ANNA), null);
		Meeting readerless = meeting(null, null);

		assertThat(PreBriefs.mayRead(meeting, ERIK, true)).isTrue();
		assertThat(PreBriefs.mayRead(meeting, null, true)).isTrue();
		assertThat(PreBriefs.mayRead(readerless, null, true)).isTrue();
		assertThat(PreBriefs.mayRead(meeting, null, false)).isFalse();
		assertThat(PreBriefs.mayRead(readerless, ERIK, false)).isFalse();
	}

}
