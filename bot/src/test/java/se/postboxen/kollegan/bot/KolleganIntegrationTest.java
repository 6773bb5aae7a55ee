package se.postboxen.kollegan.bot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port with its embedded real Postgres and Redis, as a
 * user starts it. All tests with this annotation share one context and so one set of
 * servers; the demo tenants are seeded as on a first start. Rate limits are raised out of
 * the way ({@code RateLimitIntegrationTests} checks them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "kollegan.persistence.data-dir=target/embedded-test-data/${random.uuid}",
				// Every test request comes from 127.0.0.1; limits have their own tests.
				"kollegan.rate-limit.per-address.capacity=1000000", "kollegan.rate-limit.per-user.capacity=1000000",
				"kollegan.rate-limit.per-tenant.capacity=1000000",
				// Below Tomcat's swallow size, so that a 413 arrives on an open
				// connection.
				"kollegan.api.max-mail-size=1MB",
				// Sandbox meetings run their course in seconds, and join retries follow
				// fast.
				"kollegan.meetingbot.sandbox-time-scale=0.1", "kollegan.attendance.retry-base=500ms" })
public @interface KolleganIntegrationTest {

}
