package se.postboxen.kollegan.adapter.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The notice as an SMTP server receives it (a minimal one, on this machine). */
class MailOrganiserNoticesTests {

	private static final TenantId TENANT = TenantId.newId();

	/**
	 * Speaks just enough SMTP for one message and returns what the client sent after
	 * DATA.
	 */
	private static CompletableFuture<String> receiveOne(ServerSocket server, boolean accept) {
		return CompletableFuture.supplyAsync(() -> {
			try (Socket client = server.accept();
					BufferedReader in = new BufferedReader(
							new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
					OutputStream out = client.getOutputStream()) {
				reply(out, "220 test ESMTP");
				StringBuilder data = new StringBuilder();
				String line;
				while ((line = in.readLine()) != null) {
					String command = line.toUpperCase(java.util.Locale.ROOT);
					if (command.startsWith("EHLO") || command.startsWith("HELO")) {
						reply(out, "250 test");
					}
					else if (command.startsWith("MAIL FROM") || command.startsWith("RCPT TO")) {
						reply(out, accept ? "250 ok" : "550 no such mailbox");
					}
					else if (command.equals("DATA")) {
						reply(out, "354 go ahead");
						while (!(line = in.readLine()).equals(".")) {
							data.append(line).append('\n');
						}
						reply(out, "250 queued");
					}
					else if (command.equals("QUIT")) {
						reply(out, "221 bye");
						break;
					}
					else {
						reply(out, "250 ok");
					}
				}
				return data.toString();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private static JavaMailSenderImpl sender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		return sender;
	}

	@Test
	void theOrganiserIsToldWhyInSwedishAndEnglish() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<String> received = receiveOne(server, true);

			new MailOrganiserNotices(new SmtpTransport(sender(server.getLocalPort()), "kollegan@kommun-a.se"))
				.notJoinable(TENANT, EmailAddress.of("anna.berg@kommun-a.example"), "Möte i stadshuset");

			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
					new java.io.ByteArrayInputStream(
							received.get(10, TimeUnit.SECONDS).getBytes(StandardCharsets.UTF_8)));
			assertThat(message.getSubject()).isEqualTo("Kollegan kan inte ansluta: Möte i stadshuset");
			assertThat(List.of(message.getAllRecipients())).extracting(Object::toString)
				.containsExactly("anna.berg@kommun-a.example");
			assertThat(message.getFrom()[0].toString()).isEqualTo("kollegan@kommun-a.se");
			String text = message.getContent().toString();
			assertThat(text).contains("saknar en möteslänk").contains("has no online meeting link");
		}
	}

	@Test
	void theOrganiserIsAskedToLetTheAgentIn() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<String> received = receiveOne(server, true);

			new MailOrganiserNotices(new SmtpTransport(sender(server.getLocalPort()), "kollegan@kommun-a.se"))
				.waitingInLobby(TENANT, EmailAddress.of("anna.berg@kommun-a.example"), "Styrgruppsmöte");

			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
					new java.io.ByteArrayInputStream(
							received.get(10, TimeUnit.SECONDS).getBytes(StandardCharsets.UTF_8)));
			assertThat(message.getSubject()).isEqualTo("Kollegan väntar i lobbyn: Styrgruppsmöte");
			assertThat(message.getContent().toString()).contains("Släpp in Kollegan").contains("Admit it");
		}
	}

	@Test
	void theOrganiserIsAskedForATranscriptWhenNoneCouldBeHad() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<String> received = receiveOne(server, true);

			new MailOrganiserNotices(new SmtpTransport(sender(server.getLocalPort()), "kollegan@kommun-a.se"))
				.transcriptWanted(TENANT, EmailAddress.of("anna.berg@kommun-a.example"), "Styrgruppsmöte");

			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
					new java.io.ByteArrayInputStream(
							received.get(10, TimeUnit.SECONDS).getBytes(StandardCharsets.UTF_8)));
			assertThat(message.getSubject()).isEqualTo("Ladda upp transkriptionen: Styrgruppsmöte");
			assertThat(message.getContent().toString()).contains("ladda upp en transkription")
				.contains("upload a transcript")
				.doesNotContain("\t");
		}
	}

	@Test
	void aRefusingMailServerFailsTheAttemptSoTheJobRetries() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			receiveOne(server, false);

			assertThatIllegalStateException()
				.isThrownBy(() -> new MailOrganiserNotices(
						new SmtpTransport(sender(server.getLocalPort()), "kollegan@kommun-a.se"))
					.notJoinable(TENANT, EmailAddress.of("anna.berg@kommun-a.example"), "Möte"))
				.withMessageNotContaining("anna.berg");
		}
	}

}
