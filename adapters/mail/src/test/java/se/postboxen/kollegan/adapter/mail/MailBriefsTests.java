package se.postboxen.kollegan.adapter.mail;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.brief.BriefKind;
import se.postboxen.kollegan.brief.BriefLetter;
import se.postboxen.kollegan.outbox.OutgoingMail;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** Briefs as the mail that carries them reads. */
class MailBriefsTests {

	private static final TenantId TENANT = TenantId.newId();

	private static final URI PAGE = URI.create("https://kollegan.kommun-a.se/meetings/4f1c");

	private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 8, 10, 0, 0, 0,
			ZoneId.of("Europe/Stockholm"));

	private final List<OutgoingMail> sent = new ArrayList<>();

	private final MailBriefs briefs = new MailBriefs(this.sent::add);

	private BriefLetter letter(BriefKind kind, String content) {
		return new BriefLetter(TENANT, EmailAddress.of("astrid.ek@kommun-a.example"), "Astrid Ek", kind,
				"Upphandling e-arkiv", START, content, PAGE);
	}

	@Test
	void theOrganiserGetsThePreBriefInSwedishThenEnglishWithTheMeetingsPage() {
		this.briefs.send(letter(BriefKind.PRE, "# Inför mötet / Before the meeting: Upphandling e-arkiv"));

		OutgoingMail mail = this.sent.get(0);
		assertThat(mail.to()).isEqualTo(EmailAddress.of("astrid.ek@kommun-a.example"));
		assertThat(mail.kind()).isEqualTo("pre-brief");
		assertThat(mail.subject()).isEqualTo("Inför mötet / Before the meeting: Upphandling e-arkiv");
		assertThat(mail.text()).startsWith("Hej Astrid Ek!")
			.contains("\"Upphandling e-arkiv\" (2026-12-08 10:00)")
			.contains("# Inför mötet / Before the meeting: Upphandling e-arkiv")
			.endsWith(PAGE.toString());
		assertThat(mail.text().indexOf("Här är Kollegans")).isLessThan(mail.text().indexOf("Here is Kollegan's"));
	}

	@Test
	void aParticipantGetsThePostBrief() {
		this.briefs.send(letter(BriefKind.POST, "# Efter mötet / After the meeting: Upphandling e-arkiv"));

		OutgoingMail mail = this.sent.get(0);
		assertThat(mail.kind()).isEqualTo("post-brief");
		assertThat(mail.subject()).isEqualTo("Efter mötet / After the meeting: Upphandling e-arkiv");
		assertThat(mail.text()).contains("sammanfattning av \"Upphandling e-arkiv\"").contains("summary of");
	}

	@Test
	void aBriefLongerThanAMailIsCutAndStillEndsWithWhereToReadAllOfIt() {
		this.briefs.send(letter(BriefKind.POST, "- Beslut\n".repeat(5_000)));

		OutgoingMail mail = this.sent.get(0);
		assertThat(mail.text()).hasSizeLessThanOrEqualTo(OutgoingMail.MAX_TEXT_LENGTH)
			.contains("… (förkortad / shortened)")
			.endsWith(PAGE.toString());
	}

}
