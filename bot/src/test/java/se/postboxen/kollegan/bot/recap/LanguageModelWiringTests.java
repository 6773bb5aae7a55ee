package se.postboxen.kollegan.bot.recap;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.adapter.llm.LlmConfiguration;
import se.postboxen.kollegan.document.AnswerUsages;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.recap.LanguageModel;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.ModelUsages;
import se.postboxen.kollegan.recap.OfflineExtractor;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly one language model writes recaps: the configured one when a base URL is set,
 * the offline extractor otherwise — never both, which would stop the analysis from
 * starting.
 */
class LanguageModelWiringTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OfflineModelConfiguration.class, LlmConfiguration.class))
		.withUserConfiguration(Collaborators.class);

	@Test
	void withoutAModelTheOfflineExtractorWritesRecaps() {
		this.context.run(context -> assertThat(context).hasNotFailed()
			.getBean(LanguageModel.class)
			.isInstanceOf(OfflineExtractor.class));
	}

	@Test
	void aConfiguredModelIsTheOnlyOne() {
		this.context
			.withPropertyValues("kollegan.llm.base-url=http://ollama.kommun-a.example:11434/v1",
					"kollegan.llm.model=llama3.1:8b")
			.run(context -> {
				assertThat(context).hasNotFailed().hasSingleBean(LanguageModel.class);
				assertThat(context.getBean(LanguageModel.class)).isNotInstanceOf(OfflineExtractor.class);
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class Collaborators {

		/**
		 * Never called while the context starts; recording is the adapter's tests'
		 * concern.
		 */
		@Bean
		ModelUsages modelUsages() {
			return new ModelUsages() {

				@Override
				public void record(ModelUsage usage) {
					throw new UnsupportedOperationException("not recorded in a wiring test");
				}

				@Override
				public List<ModelUsage> of(TenantId tenantId, MeetingId meetingId) {
					return List.of();
				}

			};
		}

		/** Never called while the context starts, as above. */
		@Bean
		AnswerUsages answerUsages() {
			return usage -> {
				throw new UnsupportedOperationException("not recorded in a wiring test");
			};
		}

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
