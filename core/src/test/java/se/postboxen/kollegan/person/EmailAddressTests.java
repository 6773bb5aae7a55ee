package se.postboxen.kollegan.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmailAddressTests {

	@Test
	void normalisesCaseAndSurroundingSpace() {
		assertThat(EmailAddress.of("  Anna.Berg@Kommun-A.Example ").value()).isEqualTo("anna.berg@kommun-a.example");
	}

	@Test
	void knowsItsDomain() {
		assertThat(EmailAddress.of("anna@kommun-a.example").domain()).isEqualTo("kommun-a.example");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "anna", "anna@", "@kommun.example", "anna@kommun", "anna berg@kommun.example",
			"anna@kommun..example", "anna@-kommun.example", "<script>@x.example" })
	void rejectsWhatIsNotAnAddress(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of(value));
		assertThat(EmailAddress.isValid(value)).isFalse();
	}

	@Test
	void rejectsAddressesLongerThanSmtpAllows() {
		String local = "a".repeat(64);
		String domain = "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".example";
		assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of(local + "@" + domain));
	}

}
