package se.postboxen.kollegan.adapter.redis;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = RedisTestApplication.class)
class RedisConfigurationIntegrationTests {

	@Autowired
	RedisConnection connection;

	@Autowired
	StringRedisTemplate redis;

	@Test
	void startsAnEmbeddedRealRedisWhenNoUrlIsConfigured() {
		assertThat(this.connection.isEmbedded()).isTrue();
		assertThat(this.connection.description()).startsWith("embedded Redis at redis://127.0.0.1:");

		this.redis.opsForValue().set("kollegan:test", "hej");

		assertThat(this.redis.opsForValue().get("kollegan:test")).isEqualTo("hej");
		assertThat(this.redis.execute((org.springframework.data.redis.core.RedisCallback<String>) c -> c.ping()))
			.isEqualTo("PONG");
	}

}
