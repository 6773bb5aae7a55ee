package se.postboxen.kollegan.adapter.llm;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.document.AnswerUsages;
import se.postboxen.kollegan.document.AnswerWriter;
import se.postboxen.kollegan.recap.LanguageModel;
import se.postboxen.kollegan.recap.ModelUsages;

/**
 * A remote language model for recaps and for answers to questions about documents, when
 * {@code kollegan.llm.base-url} names one; without it this adapter offers nothing, the
 * offline extractor writes every recap and passages alone answer questions.
 */
@AutoConfiguration
@EnableConfigurationProperties(LlmProperties.class)
public class LlmConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(LlmConfiguration.class);

	/** Before the second try when the model names no wait; doubled before the third. */
	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	@Bean
	@Conditional(BaseUrlGiven.class)
	LanguageModel openAiLanguageModel(LlmProperties properties, ModelUsages usages,
			ObjectProvider<MeterRegistry> registry, ObjectProvider<ObservationRegistry> observations, Clock clock) {
		properties.requireComplete();
		String model = String.valueOf(properties.model());
		if (properties.price() == null) {
			logger.warn("kollegan.llm.prices has no price for model {}: its recaps are recorded as costing 0 SEK",
					model);
		}
		ChatCompletions completions = new ChatCompletions(
				restClient(properties, observations.getIfAvailable(() -> ObservationRegistry.NOOP)), properties,
				new ModelCalls(model, FIRST_BACKOFF, clock));
		return new OpenAiLanguageModel(completions, new UsageMeter(usages,
				registry.getIfAvailable(SimpleMeterRegistry::new), model, properties.price(), clock), properties);
	}

	/**
	 * Answers to questions about documents from the same model, on a client of their own
	 * that waits {@code kollegan.llm.answer-timeout}: someone is waiting for the page.
	 */
	@Bean
	@Conditional(BaseUrlGiven.class)
	AnswerWriter openAiAnswerWriter(LlmProperties properties, ModelUsages modelUsages, AnswerUsages answerUsages,
			ObjectProvider<MeterRegistry> registry, ObjectProvider<ObservationRegistry> observations, Clock clock) {
		properties.requireComplete();
		String model = String.valueOf(properties.model());
		ChatCompletions completions = new ChatCompletions(restClient(properties,
				observations.getIfAvailable(() -> ObservationRegistry.NOOP), properties.answerTimeout()), properties,
				new ModelCalls(model, FIRST_BACKOFF, clock));
		return new OpenAiAnswerWriter(completions, new UsageMeter(modelUsages,
				registry.getIfAvailable(SimpleMeterRegistry::new), model, properties.price(), clock), answerUsages,
				model, clock);
	}

	/**
	 * HTTP/1.1, which every model server and proxy speaks, with the configured waits: a
	 * model that hangs must not hold a job thread. Every call is observed: a span that
	 * carries its traceparent to the model server, and metrics.
	 */
	static RestClient restClient(LlmProperties properties, ObservationRegistry observations) {
		return restClient(properties, observations, properties.timeout());
	}

	/**
	 * As {@link #restClient(LlmProperties, ObservationRegistry)}, waiting as long as
	 * given.
	 */
	static RestClient restClient(LlmProperties properties, ObservationRegistry observations, Duration readTimeout) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build());
		requests.setReadTimeout(readTimeout);
		return RestClient.builder().requestFactory(requests).observationRegistry(observations).build();
	}

	/** {@code kollegan.llm.base-url} is set and not blank. */
	static class BaseUrlGiven implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Binder.get(context.getEnvironment())
				.bind("kollegan.llm.base-url", String.class)
				.map(url -> !url.isBlank())
				.orElse(false);
		}

	}

}
