package se.postboxen.kollegan.adapter.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseUrlTests {

	@Test
	void readsAHostingPlatformStyleUrlWithCredentialsAndSslMode() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://kollegan:s%40cret@db.example:6543/kollegan?sslmode=require",
				null, null);

		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/kollegan?sslmode=require");
		assertThat(url.username()).isEqualTo("kollegan");
		assertThat(url.password()).isEqualTo("s@cret");
	}

	@Test
	void takesCredentialsFromSeparateSettingsWhenTheUrlHasNone() {
		DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db.example/kollegan?sslmode=require", "app", "pw");

		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example/kollegan?sslmode=require");
		assertThat(url.username()).isEqualTo("app");
		assertThat(url.password()).isEqualTo("pw");
	}

	@Test
	void credentialsInTheUrlWin() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://u:p@db.example/k", "other", "other");

		assertThat(url.username()).isEqualTo("u");
		assertThat(url.password()).isEqualTo("p");
	}

	@Test
	void neverPutsThePasswordInItsDescriptionOrErrors() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://u:topsecret@db.example:5432/k", null, null);

		assertThat(url.describe()).doesNotContain("topsecret").contains("db.example:5432/k");
		assertThat(url.toString()).doesNotContain("topsecret");
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("mysql://u:topsecret@x/k", null, null))
			.withMessageContaining("DATABASE_URL")
			.withMessageNotContaining("topsecret");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatabaseUrl.parse("postgres://u:top secret@/k", null, null))
			.withMessageNotContaining("top secret");
	}

}
