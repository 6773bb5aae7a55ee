package se.postboxen.kollegan.adapter.mail;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.action.ActionEscalation;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.outbox.OutgoingMail;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** Nudges and escalations as the mail that carries them reads. */
class MailNudgesTests {

	private static final TenantId TENANT = TenantId.newId();

	private static final URI PAGE = URI.create("https://kollegan.kommun-a.se/meetings/4f1c");

	private final List<OutgoingMail> sent = new ArrayList<>();

	private final MailNudges nudges = new MailNudges(this.sent::add);

	@Test
	void theOwnerIsRemindedByNameWithTheDateAndWhereToAnswer() {
		this.nudges.nudge(new ActionNudge(TENANT, ActionItemId.newId(), MeetingId.newId(), "Styrgruppsmöte",
				"Skicka underlaget till nämnden", EmailAddress.of("erik.lund@kommun-a.example"), "Erik Lund",
				LocalDate.of(2027, 3, 19), 1, PAGE));

		OutgoingMail mail = this.sent.get(0);
		assertThat(mail.to()).isEqualTo(EmailAddress.of("erik.lund@kommun-a.example"));
		assertThat(mail.kind()).isEqualTo("nudge");
		assertThat(mail.subject()).isEqualTo("Påminnelse / Reminder: Skicka underlaget till nämnden");
		assertThat(mail.text()).startsWith("Hej Erik Lund!")
			.contains("På mötet \"Styrgruppsmöte\" fick du en åtgärd")
			.contains("Klart senast 2027-03-19.")
			.contains("Due 2027-03-19.")
			.contains(PAGE.toString())
			.doesNotContain("\t");
		assertThat(mail.text().indexOf("Öppna mötet")).isLessThan(mail.text().indexOf("Open the meeting"));
	}

	@Test
	void aLongActionIsCutInTheSubjectButWholeInTheText() {
		String longText = "Ta fram ett förslag på hur ".repeat(10).strip();
		this.nudges.nudge(new ActionNudge(TENANT, ActionItemId.newId(), MeetingId.newId(), "Möte", longText,
				EmailAddress.of("erik.lund@kommun-a.example"), null, null, 2, PAGE));

		OutgoingMail mail = this.sent.get(0);
		assertThat(mail.subject()).hasSizeLessThanOrEqualTo("Påminnelse / Reminder: ".length() + 80).endsWith("…");
		assertThat(mail.text()).startsWith("Hej!").contains(longText).contains("Inget datum är satt.");
	}

	@Test
	void theOrganiserHearsOfAnActionNobodyOwns() {
		this.nudges.escalate(new ActionEscalation(TENANT, ActionItemId.newId(), MeetingId.newId(), "Upphandlingsmöte",
				"Boka lokal för anbudsöppningen", EmailAddress.of("anna.berg@kommun-a.example"), null, null, 0, PAGE));

		OutgoingMail mail = this.sent.get(0);
		assertThat(mail.to()).isEqualTo(EmailAddress.of("anna.berg@kommun-a.example"));
		assertThat(mail.kind()).isEqualTo("escalation");
		assertThat(mail.text()).contains("ansvarig: ingen ansvarig, påminnelser: 0")
			.contains("owner: nobody")
			.contains(PAGE.toString());
	}

}
