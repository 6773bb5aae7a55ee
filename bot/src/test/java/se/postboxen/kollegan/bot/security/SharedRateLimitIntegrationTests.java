package se.postboxen.kollegan.bot.security;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.postboxen.kollegan.adapter.persistence.DatabaseConnection;
import se.postboxen.kollegan.adapter.redis.RedisConnection;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Kollegan on one Postgres and one Redis, as behind a load balancer:
 * requests spread over both draw from one bucket.
 */
class SharedRateLimitIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void twoInstancesOnOneRedisShareTheLimit() {
		try (ConfigurableApplicationContext first = start("--kollegan.persistence.data-dir=" + this.dataDir,
				"--kollegan.rate-limit.per-address.capacity=6")) {
			DatabaseConnection database = first.getBean(DatabaseConnection.class);
			RedisConnection redis = first.getBean(RedisConnection.class);
			String databaseUrl = database.getJdbcUrl().replace("jdbc:postgresql://", "postgres://postgres@");
			try (ConfigurableApplicationContext second = start("--kollegan.persistence.url=" + databaseUrl,
					"--kollegan.redis.url=redis://" + redis.getStandalone().getHost() + ":"
							+ redis.getStandalone().getPort(),
					"--kollegan.demo.enabled=false", "--kollegan.rate-limit.per-address.capacity=6")) {
				List<Api> instances = List.of(Api.anonymous(port(first)), Api.anonymous(port(second)));
				List<Integer> statuses = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					HttpResponse<String> response = instances.get(i % 2).get("/api/agents/meetings");
					statuses.add(response.statusCode());
				}

				assertThat(statuses.subList(0, 6)).as("within the shared limit").containsOnly(401);
				assertThat(statuses.subList(6, 8)).as("over it, on both instances").containsOnly(429);
			}
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--server.port=0");
		return new SpringApplicationBuilder(KolleganApplication.class).web(WebApplicationType.SERVLET)
			.run(all.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

}
