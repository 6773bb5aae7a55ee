package se.postboxen.kollegan.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl was bad | eyJhbGciOiJSUzI1NiJ9",
					"Authorization: Bearer abc.def-ghi_jkl | abc.def-ghi_jkl",
					"header Basic ZGVtby1hLW1lbWJlcjpkZW1v | ZGVtby1hLW1lbWJlcjpkZW1v",
					"connecting to postgres://kollegan:hemligt@db.example:5432/k | hemligt",
					"client_secret=s3cr3t-value&grant_type=client_credentials | s3cr3t-value",
					"{\"password\": \"Sommar2026!\"} | Sommar2026!", "signingSecret=abcdef123456 | abcdef123456",
					"Cookie: KOLLEGAN_SESSION=ABCDEF0123456789 | ABCDEF0123456789",
					"installed with xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy | xoxb-17653672481" })
	void removesSecretsAndKeepsTheRest(String line, String secret) {
		String redacted = Redaction.redact(line);

		assertThat(redacted).doesNotContain(secret).contains(Redaction.REDACTED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "POST /api/agents/meetings -> 201 in 12 ms",
			"Demo tenant demo-a ready (10 meetings added)",
			"Datastores: embedded Postgres in /tmp/x on 127.0.0.1:5432; embedded Redis at redis://127.0.0.1:6379/0" })
	void leavesOrdinaryLinesAlone(String line) {
		assertThat(Redaction.redact(line)).isEqualTo(line);
	}

}
