package se.postboxen.kollegan.adapter.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import se.postboxen.kollegan.invite.OrganiserNotices;
import se.postboxen.kollegan.person.EmailAddress;

/**
 * Notices to organisers over SMTP (Spring's {@link JavaMailSender}, configured by
 * {@code spring.mail.*}), Swedish first and English second.
 */
public class MailOrganiserNotices implements OrganiserNotices {

	private final JavaMailSender mail;

	private final String from;

	public MailOrganiserNotices(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public void notJoinable(EmailAddress organiser, String meetingTitle) {
		send(organiser, "Kollegan kan inte ansluta: " + meetingTitle, """
				Hej!

				Kollegan bjöds in till "%s" men inbjudan saknar en möteslänk (Teams, Zoom, Google Meet eller \
				Webex), så Kollegan kan inte delta. Lägg till en onlinemöteslänk och skicka en uppdatering, \
				så ansluter Kollegan när mötet börjar.

				—

				Kollegan was invited to "%s", but the invitation has no online meeting link (Teams, Zoom, \
				Google Meet or Webex), so Kollegan cannot attend. Add an online meeting link and send an \
				update, and Kollegan will join when the meeting starts.
				""".formatted(meetingTitle, meetingTitle));
	}

	@Override
	public void waitingInLobby(EmailAddress organiser, String meetingTitle) {
		send(organiser, "Kollegan väntar i lobbyn: " + meetingTitle, """
				Hej!

				Kollegan väntar i lobbyn till "%s". Släpp in Kollegan i mötet, eller fortsätt utan – då gör \
				Kollegan sammanfattningen från plattformens transkription efter mötet.

				—

				Kollegan is waiting in the lobby of "%s". Admit it to the meeting, or carry on without it: \
				Kollegan then writes the recap from the platform's transcript after the meeting.
				""".formatted(meetingTitle, meetingTitle));
	}

	@Override
	public void transcriptWanted(EmailAddress organiser, String meetingTitle) {
		send(organiser, "Ladda upp transkriptionen: " + meetingTitle, """
				Hej!

				Kollegan kunde inte spela in "%s" och mötesplattformen har ingen transkription att hämta. \
				Öppna mötet i Kollegan och ladda upp en transkription (WebVTT eller text), så skriver \
				Kollegan sammanfattningen, besluten och åtgärderna.

				—

				Kollegan could not record "%s" and the meeting platform has no transcript to fetch. Open \
				the meeting in Kollegan and upload a transcript (WebVTT or plain text), and Kollegan will \
				write the recap, decisions and actions.
				""".formatted(meetingTitle, meetingTitle));
	}

	private void send(EmailAddress organiser, String subject, String text) {
		MimeMessage message = this.mail.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(organiser.value());
			helper.setSubject(subject);
			helper.setText(text);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Could not compose the notice", ex);
		}
		try {
			this.mail.send(message);
		}
		catch (MailException ex) {
			// The job retries; the message names no address or content.
			throw new IllegalStateException("The mail server did not take the notice: " + ex.getClass().getSimpleName(),
					ex);
		}
	}

}
