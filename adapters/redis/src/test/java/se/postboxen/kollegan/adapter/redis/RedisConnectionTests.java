package se.postboxen.kollegan.adapter.redis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RedisConnectionTests {

	@Test
	void readsHostPortDatabaseAndCredentials() {
		RedisConnection connection = RedisConnection.external("redis://app:p%40ss@cache.example:6380/2");

		assertThat(connection.getStandalone().getHost()).isEqualTo("cache.example");
		assertThat(connection.getStandalone().getPort()).isEqualTo(6380);
		assertThat(connection.getStandalone().getDatabase()).isEqualTo(2);
		assertThat(connection.getUsername()).isEqualTo("app");
		assertThat(connection.getPassword()).isEqualTo("p@ss");
		assertThat(connection.tls()).isFalse();
		assertThat(connection.isEmbedded()).isFalse();
	}

	@Test
	void redissMeansTlsAndTheLegacyFormIsAPasswordOnly() {
		RedisConnection connection = RedisConnection.external("rediss://secret@cache.example");

		assertThat(connection.tls()).isTrue();
		assertThat(connection.getUsername()).isNull();
		assertThat(connection.getPassword()).isEqualTo("secret");
		assertThat(connection.getStandalone().getPort()).isEqualTo(6379);
	}

	@Test
	void neverShowsThePasswordInDescriptionsOrErrors() {
		assertThat(RedisConnection.external("rediss://u:topsecret@cache.example:6380").description())
			.isEqualTo("external Redis at rediss://cache.example:6380/0");
		assertThatIllegalArgumentException().isThrownBy(() -> RedisConnection.external("http://u:topsecret@x"))
			.withMessageContaining("REDIS_URL")
			.withMessageNotContaining("topsecret");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RedisConnection.external("redis://u:topsecret@cache.example/notanumber"))
			.withMessageNotContaining("topsecret");
	}

}
