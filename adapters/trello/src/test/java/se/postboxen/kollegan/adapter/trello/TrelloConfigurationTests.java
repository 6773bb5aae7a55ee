package se.postboxen.kollegan.adapter.trello;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import se.postboxen.kollegan.action.TaskBoard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trello's settings: Trello's own variable names understood, and a half-given setting
 * stopping the start with a message that names what is missing but shows no value.
 */
class TrelloConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TrelloConfiguration.class))
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void trelloIsNotOfferedWithoutKeyAndToken() {
		this.contexts.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(TaskBoard.class).configured()).isFalse();
			assertThat(context.getBean(TrelloWebhooks.class).verifies()).isFalse();
		});
	}

	@Test
	void readsTrellosConventionalVariables() {
		this.contexts
			.withPropertyValues("TRELLO_API_KEY=key-from-the-environment",
					"TRELLO_API_TOKEN=token-from-the-environment", "TRELLO_APP_SECRET=secret-from-the-environment",
					"TRELLO_WEBHOOK_URL=https://kollegan.kommun-a.example/api/trello/webhook")
			.run(context -> {
				assertThat(context.getBean(TaskBoard.class).configured()).isTrue();
				assertThat(context.getBean(TrelloWebhooks.class).verifies()).isTrue();
				assertThat(context.getBean(TrelloProperties.class).apiKey()).isEqualTo("key-from-the-environment");
			});
	}

	@Test
	void aKeyWithoutATokenStopsTheStartNamingTheToken() {
		this.contexts.withPropertyValues("TRELLO_API_KEY=key-value-that-must-not-be-shown").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("TRELLO_API_TOKEN")
				.hasMessageNotContaining("key-value-that-must-not-be-shown");
		});
	}

	@Test
	void aSecretWithoutTheCallbackUrlStopsTheStartNamingTheUrl() {
		this.contexts
			.withPropertyValues("kollegan.trello.api-key=k", "kollegan.trello.api-token=t",
					"kollegan.trello.app-secret=secret-value-that-must-not-be-shown")
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("TRELLO_WEBHOOK_URL")
					.hasMessageNotContaining("secret-value-that-must-not-be-shown");
			});
	}

}
