package se.postboxen.kollegan.bot.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The application with settings a security test needs to see take effect: a small
 * per-user limit and one allowed browser origin. Classes with this annotation share one
 * context of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "kollegan.persistence.data-dir=target/embedded-test-data/${random.uuid}",
				"kollegan.rate-limit.per-address.capacity=1000", "kollegan.rate-limit.per-user.capacity=3",
				"kollegan.rate-limit.per-tenant.capacity=1000",
				"kollegan.security.cors.allowed-origins=" + TunedSecurityTest.ALLOWED_ORIGIN })
@interface TunedSecurityTest {

	String ALLOWED_ORIGIN = "https://kollegan.kommun-a.example";

}
