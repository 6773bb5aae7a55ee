package se.postboxen.kollegan.adapter.redis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The {@code REDIS_URL} path: a Redis that Kollegan did not start (here a separately
 * started real one) is used as given, and a bad URL stops start-up naming the key but not
 * the value.
 */
class ExternalRedisIntegrationTests {

	static RedisConnection server;

	@BeforeAll
	static void startServer() {
		server = RedisConnection.embedded();
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void usesTheServerNamedByTheUrl() {
		String url = "redis://127.0.0.1:" + server.getStandalone().getPort() + "/3";

		try (ConfigurableApplicationContext context = start("kollegan.redis.url=" + url)) {
			RedisConnection connection = context.getBean(RedisConnection.class);
			assertThat(connection.isEmbedded()).isFalse();
			StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
			redis.opsForValue().set("kollegan:external", "ja");
			assertThat(redis.opsForValue().get("kollegan:external")).isEqualTo("ja");
		}
	}

	@Test
	void failsFastNamingTheKeyButNotTheSecret() {
		assertThatException().isThrownBy(() -> start("kollegan.redis.url=memcached://u:hemligt@cache.example"))
			.havingRootCause()
			.withMessageContaining("REDIS_URL")
			.withMessageNotContaining("hemligt");
	}

	private static ConfigurableApplicationContext start(String property) {
		return new SpringApplicationBuilder(RedisTestApplication.class).web(WebApplicationType.NONE)
			.properties(property)
			.run();
	}

}
