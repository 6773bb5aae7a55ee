package se.postboxen.kollegan.adapter.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Boots the adapter against its embedded real Postgres (never H2). All store tests share
 * one context and so one server; each test makes its own tenant, so they do not see each
 * other's rows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PersistenceTestApplication.class,
		properties = { "kollegan.persistence.data-dir=target/embedded-test-data/${random.uuid}",
				"kollegan.jobs.polling-interval=100ms", "kollegan.jobs.heartbeat-interval=1s",
				"kollegan.jobs.missed-heartbeats-limit=4" })
public @interface StoreIntegrationTest {

}
