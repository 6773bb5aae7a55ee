package se.postboxen.kollegan.bot.observability;

import java.util.List;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import io.sentry.protocol.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorEventRedactionTests {

	@Test
	void removesSecretsAddressesAndQuotedInput() {
		assertThat(ErrorEventRedaction.scrub("Unrecognized token 'Anna sa att skolan ska säljas': was expecting "
				+ "JSON, client_secret=abc123 for erik.berg@kommun-b.se"))
			.isEqualTo("Unrecognized token [REDACTED]: was expecting JSON, client_secret=[REDACTED] for [REDACTED]");
		assertThat(ErrorEventRedaction.scrub("duplicate key value violates unique constraint \"person_email_key\" "
				+ "Detail: Key (email)=(lisa@kommun-c.se) already exists."))
			.isEqualTo("duplicate key value violates unique constraint [REDACTED] "
					+ "Detail: Key (email)=([REDACTED]) already exists.");
	}

	@Test
	void boundsLongTexts() {
		assertThat(ErrorEventRedaction.scrub("x".repeat(2000))).hasSize(ErrorEventRedaction.MAX_TEXT + 1);
	}

	@Test
	void sendsNoRequestOrUserAndScrubsMessagesExceptionsBreadcrumbsAndTags() {
		SentryEvent event = new SentryEvent();
		Request request = new Request();
		request.setCookies("KOLLEGAN_SESSION=abc");
		event.setRequest(request);
		event.setUser(new User());
		Message message = new Message();
		message.setFormatted("Failed for anna@kommun-a.se");
		message.setMessage("Failed for {}");
		message.setParams(List.of("anna@kommun-a.se"));
		event.setMessage(message);
		SentryException exception = new SentryException();
		exception.setValue("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln refused");
		event.setExceptions(List.of(exception));
		Breadcrumb breadcrumb = new Breadcrumb("posted 'Hej allihop' to the meeting");
		breadcrumb.setData("to", "erik@kommun-b.se");
		event.setBreadcrumbs(List.of(breadcrumb));
		event.setTag("detail", "password=hunter2");

		SentryEvent sent = ErrorEventRedaction.event(event, new Hint());

		assertThat(sent.getRequest()).isNull();
		assertThat(sent.getUser()).isNull();
		assertThat(sent.getMessage().getFormatted()).isEqualTo("Failed for [REDACTED]");
		assertThat(sent.getMessage().getParams()).isNull();
		assertThat(sent.getExceptions()).singleElement()
			.satisfies(value -> assertThat(value.getValue()).isEqualTo("Bearer [REDACTED] refused"));
		assertThat(sent.getBreadcrumbs()).singleElement().satisfies(crumb -> {
			assertThat(crumb.getMessage()).isEqualTo("posted [REDACTED] to the meeting");
			assertThat(crumb.getData("to")).isEqualTo("[REDACTED]");
		});
		assertThat(sent.getTag("detail")).isEqualTo("password=[REDACTED]");
	}

}
