package se.postboxen.kollegan.adapter.mail;

import se.postboxen.kollegan.invite.OrganiserNotices;
import se.postboxen.kollegan.outbox.OutgoingMail;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Notices to organisers, Swedish first and English second, sent by a
 * {@link MailTransport}.
 */
public class MailOrganiserNotices implements OrganiserNotices {

	private final MailTransport transport;

	public MailOrganiserNotices(MailTransport transport) {
		this.transport = transport;
	}

	@Override
	public void notJoinable(TenantId tenantId, EmailAddress organiser, String meetingTitle) {
		send(tenantId, organiser, "not-joinable", "Kollegan kan inte ansluta: " + meetingTitle, """
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
	public void waitingInLobby(TenantId tenantId, EmailAddress organiser, String meetingTitle) {
		send(tenantId, organiser, "lobby", "Kollegan väntar i lobbyn: " + meetingTitle, """
				Hej!

				Kollegan väntar i lobbyn till "%s". Släpp in Kollegan i mötet, eller fortsätt utan – då gör \
				Kollegan sammanfattningen från plattformens transkription efter mötet.

				—

				Kollegan is waiting in the lobby of "%s". Admit it to the meeting, or carry on without it: \
				Kollegan then writes the recap from the platform's transcript after the meeting.
				""".formatted(meetingTitle, meetingTitle));
	}

	@Override
	public void transcriptWanted(TenantId tenantId, EmailAddress organiser, String meetingTitle) {
		send(tenantId, organiser, "transcript-wanted", "Ladda upp transkriptionen: " + meetingTitle, """
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

	private void send(TenantId tenantId, EmailAddress organiser, String kind, String subject, String text) {
		this.transport.send(new OutgoingMail(tenantId, organiser, subject, text, kind));
	}

}
