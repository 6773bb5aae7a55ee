package se.postboxen.kollegan.recap;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptFormat;
import se.postboxen.kollegan.transcript.TranscriptReader;

/**
 * A steering group on Wednesday 2 December 2026 at 10:00 in Stockholm, organised by Anna
 * Lind with Erik Berg, Anna-Karin Sjögren and Tom O'Brien invited — and the transcripts
 * the recap tests read.
 */
final class TestMeetings {

	static final ZonedDateTime WEDNESDAY = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneId.of("Europe/Stockholm"));

	static final Person ANNA = Person.of("Anna Lind", "anna.lind@kommun-a.example");

	static final Person ERIK = Person.of("Erik Berg", "erik.berg@kommun-a.example");

	static final Person ANNA_KARIN = Person.of("Anna-Karin Sjögren", "anna-karin.sjogren@kommun-a.example");

	static final Person TOM = Person.of("Tom O'Brien", "tom.obrien@vendor.example");

	private TestMeetings() {
	}

	static Meeting steeringGroup() {
		return meeting(ANNA, List.of(ERIK, ANNA_KARIN, TOM));
	}

	static Meeting meeting(Person organizer, List<Person> participants) {
		return Meeting.schedule(new TenantId(UUID.randomUUID()), "Styrgrupp", null,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"), WEDNESDAY,
				WEDNESDAY.plusHours(1), organizer, participants, ExternalIds.NONE, 0, null);
	}

	/** "Name: text" lines, one turn each. */
	static Transcript plain(String text) {
		return TranscriptReader.read(TranscriptFormat.PLAIN_TEXT, text);
	}

	static Transcript vtt(String text) {
		return TranscriptReader.read(TranscriptFormat.WEBVTT, text);
	}

}
