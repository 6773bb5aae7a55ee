package se.postboxen.kollegan.adapter.persistence;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where Kollegan keeps its data.
 *
 * @param url the Postgres server, as {@code postgres://user:password@host:5432/db} or
 * {@code jdbc:postgresql://host:5432/db?sslmode=require} (environment variable
 * {@code DATABASE_URL}); when empty, an embedded Postgres is started under
 * {@code dataDir}
 * @param username user name when the URL does not carry one ({@code DATABASE_USER})
 * @param password password when the URL does not carry one ({@code DATABASE_PASSWORD})
 * @param dataDir the directory embedded servers keep their data in
 * ({@code KOLLEGAN_DATA_DIR}), so that it survives restarts
 */
@Validated
@ConfigurationProperties("kollegan.persistence")
public record PersistenceProperties(@Nullable String url, @Nullable String username, @Nullable String password,
		@NotNull @DefaultValue("./data") Path dataDir) {

	boolean embedded() {
		return this.url == null || this.url.isBlank();
	}

}
