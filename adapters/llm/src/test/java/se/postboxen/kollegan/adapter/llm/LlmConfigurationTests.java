package se.postboxen.kollegan.adapter.llm;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.document.AnswerUsages;
import se.postboxen.kollegan.document.AnswerWriter;
import se.postboxen.kollegan.recap.LanguageModel;
import se.postboxen.kollegan.recap.ModelUsages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration as the bot loads it: a model only when one is named, and a
 * start-up that fails naming the setting that is wrong, never a key's value.
 */
class LlmConfigurationTests {

	private static final String KEY = "sk-never-in-a-message-4f2a";

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LlmConfiguration.class))
		.withUserConfiguration(Collaborators.class);

	@Test
	void offersNoModelWithoutABaseUrl() {
		this.context.run(context -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(LanguageModel.class)
			.doesNotHaveBean(AnswerWriter.class));
		this.context.withPropertyValues("kollegan.llm.base-url= ", "kollegan.llm.api-key=" + KEY)
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LanguageModel.class));
	}

	@Test
	void offersTheModelOnceABaseUrlAndModelAreNamed() {
		this.context
			.withPropertyValues("kollegan.llm.base-url=https://api.openai.com/v1", "kollegan.llm.model=gpt-4o-mini",
					"kollegan.llm.api-key=" + KEY, "kollegan.llm.prices.gpt-4o-mini.input=1.60",
					"kollegan.llm.prices.gpt-4o-mini.output=6.40")
			.run(context -> {
				assertThat(context).hasSingleBean(LanguageModel.class).hasSingleBean(AnswerWriter.class);
				assertThat(context.getBean(LanguageModel.class)).isInstanceOf(OpenAiLanguageModel.class);
				assertThat(context.getBean(AnswerWriter.class)).isInstanceOf(OpenAiAnswerWriter.class);
				LlmProperties properties = context.getBean(LlmProperties.class);
				assertThat(properties.price()).isEqualTo(TestProperties.PRICE);
				assertThat(properties.toString()).doesNotContain(KEY);
			});
	}

	@Test
	void offersASelfHostedModelWithoutAKey() {
		this.context
			.withPropertyValues("kollegan.llm.base-url=http://ollama:11434/v1", "kollegan.llm.model=llama3.1:8b",
					"kollegan.llm.context-tokens=8192", "kollegan.llm.output-tokens=2048")
			.run(context -> assertThat(context).hasSingleBean(LanguageModel.class));
	}

	@Test
	void failsNamingTheMissingSettingButNeverTheKey() {
		this.context
			.withPropertyValues("kollegan.llm.base-url=https://kommun.openai.azure.com", "kollegan.llm.provider=azure",
					"kollegan.llm.model=gpt-4o", "kollegan.llm.api-key=" + KEY)
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("kollegan.llm.azure.deployment")
				.hasMessageNotContaining(KEY));
		this.context
			.withPropertyValues("kollegan.llm.base-url=https://api.openai.com/v1", "kollegan.llm.api-key=" + KEY)
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("kollegan.llm.model")
				.hasMessageNotContaining(KEY));
		this.context
			.withPropertyValues("kollegan.llm.base-url=https://kommun.openai.azure.com", "kollegan.llm.provider=azure",
					"kollegan.llm.model=gpt-4o", "kollegan.llm.azure.deployment=recap")
			.run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("kollegan.llm.api-key"));
		this.context.withPropertyValues("kollegan.llm.base-url=ftp://models.example", "kollegan.llm.model=m")
			.run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("kollegan.llm.base-url"));
	}

	@Test
	void rejectsAContextWindowWithNoRoomForATranscript() {
		this.context
			.withPropertyValues("kollegan.llm.base-url=http://vllm:8000/v1", "kollegan.llm.model=m",
					"kollegan.llm.context-tokens=2048", "kollegan.llm.output-tokens=1000")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("kollegan.llm.context-tokens"));
		this.context
			.withPropertyValues("kollegan.llm.base-url=http://vllm:8000/v1", "kollegan.llm.model=m",
					"kollegan.llm.chars-per-token=0.5")
			.run(context -> assertThat(context).getFailure().hasStackTraceContaining("chars-per-token"));
	}

	@Configuration(proxyBeanMethods = false)
	static class Collaborators {

		@Bean
		ModelUsages modelUsages() {
			return new RecordedUsages();
		}

		@Bean
		AnswerUsages answerUsages() {
			return usage -> {
			};
		}

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
