package se.postboxen.kollegan.bot;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting in production mode with a secret missing and another weak fails before
 * anything runs.
 */
class ProductionStartupTests {

	@TempDir
	Path dataDir;

	@Test
	void failsFastNamingTheKeysButNeverTheirValues() {
		String weakSecret = "hemlis";

		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(KolleganApplication.class).web(WebApplicationType.NONE)
				.run("--kollegan.mode=production", "--kollegan.persistence.data-dir=" + this.dataDir,
						"--kollegan.security.login.client-secret=" + weakSecret))
			.satisfies(ex -> {
				String message = ex.getMessage();
				assertThat(message).contains("DATABASE_URL")
					.contains("REDIS_URL")
					.contains("KOLLEGAN_LOGIN_CLIENT_SECRET")
					.contains("too weak")
					.doesNotContain(weakSecret);
			});
		assertThat(this.dataDir.resolve("postgres")).as("no embedded server was started").doesNotExist();
	}

}
