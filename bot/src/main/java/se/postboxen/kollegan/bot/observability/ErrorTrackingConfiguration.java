package se.postboxen.kollegan.bot.observability;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Error tracking, set up only when {@code kollegan.error-tracking.dsn}
 * ({@code SENTRY_DSN}) is given: the Sentry client and the two places that report to it,
 * failed requests and failed job attempts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ErrorTrackingConfiguration.DsnGiven.class)
class ErrorTrackingConfiguration {

	@Bean(destroyMethod = "close")
	ErrorTracking errorTracking(ErrorTrackingProperties properties, Environment environment) {
		return new ErrorTracking(properties, environment.getProperty("kollegan.mode", "development"));
	}

	/** Just inside {@link CorrelationIdFilter}, which is inside the request's span. */
	@Bean
	FilterRegistrationBean<RequestErrorReporter> requestErrorReporter(ErrorTracking tracking,
			ObjectProvider<Tracer> tracer) {
		FilterRegistrationBean<RequestErrorReporter> registration = new FilterRegistrationBean<>(
				new RequestErrorReporter(tracking, tracer.getIfAvailable()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	@Bean
	JobErrorReporter jobErrorReporter(ErrorTracking tracking, ObjectProvider<Tracer> tracer) {
		return new JobErrorReporter(tracking, tracer.getIfAvailable());
	}

	/** {@code kollegan.error-tracking.dsn} is set and not blank. */
	static class DsnGiven implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Binder.get(context.getEnvironment())
				.bind("kollegan.error-tracking.dsn", String.class)
				.map(ErrorTrackingProperties::given)
				.orElse(false);
		}

	}

}
