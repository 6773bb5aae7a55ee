package se.postboxen.kollegan.recap;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptFormat;
import se.postboxen.kollegan.transcript.TranscriptReader;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineExtractorTests {

	private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0,
			ZoneId.of("Europe/Stockholm"));

	private final OfflineExtractor extractor = new OfflineExtractor();

	private static Meeting meeting() {
		return Meeting.schedule(new TenantId(UUID.randomUUID()), "Styrgrupp", null,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"), START,
				START.plusHours(1), Person.of("Anna Lind", "anna.lind@kommun-a.example"),
				List.of(Person.of("Erik Berg", null)), ExternalIds.NONE, 0, null);
	}

	private static Transcript plain(String text) {
		return TranscriptReader.read(TranscriptFormat.PLAIN_TEXT, text);
	}

	@Test
	void aSwedishMeetingIsSummarisedFromWhatWasSaidWithTheSpeakerNamed() {
		RecapDraft draft = this.extractor.draft(meeting(), plain("""
				Anna Lind: Välkomna. Idag ska vi gå igenom kravspecifikationen för ärendesystemet.
				Erik Berg: Jag har läst kravspecifikationen och saknar krav på tillgänglighet.
				Anna Lind: Vi beslutar att kravspecifikationen kompletteras med krav på tillgänglighet.
				Erik Berg: Ja, det låter bra. Tack.
				Anna Lind: Nästa punkt är budgeten för ärendesystemet och tidplanen för upphandlingen.
				"""));

		assertThat(draft.language()).isEqualTo("sv");
		assertThat(draft.summary()).contains("Vi beslutar att kravspecifikationen kompletteras")
			.contains("(Anna Lind)")
			.doesNotContain("Tack.");
		assertThat(draft.topics()).contains("kravspecifikationen", "tillgänglighet")
			.doesNotContain("anna", "lind", "erik", "berg");
	}

	@Test
	void anEnglishMeetingIsRecognisedAsEnglish() {
		RecapDraft draft = this.extractor.draft(meeting(), plain("""
				Anna Lind: Welcome everyone, today we review the requirements for the case management system.
				Erik Berg: I think the requirements are missing accessibility and we should add them.
				Anna Lind: We agreed that the requirements will include accessibility before the tender.
				"""));

		assertThat(draft.language()).isEqualTo("en");
		assertThat(draft.summary()).contains("We agreed that the requirements will include accessibility");
	}

	@Test
	void nothingSaidIsSaidPlainly() {
		RecapDraft draft = this.extractor.draft(meeting(), new Transcript(List.of()));

		assertThat(draft.summary()).isEqualTo("Inget sades som kunde sammanfattas.");
		assertThat(draft.topics()).isEmpty();
	}

}
