package se.postboxen.kollegan.adapter.slack;

import com.slack.api.app_backend.SlackSignature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's own worked example from "Verifying requests from Slack"
 * (https://api.slack.com/authentication/verifying-requests-from-slack), checked with the
 * verifier Bolt's {@code RequestVerification} uses.
 */
class SlackSignatureTests {

	static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

	static final String TIMESTAMP = "1531420618";

	static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
			+ "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
			+ "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
			+ "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

	static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

	private final SlackSignature.Verifier verifier = new SlackSignature.Verifier(new SlackSignature.Generator(SECRET));

	private static long secondsAfter(long seconds) {
		return (Long.parseLong(TIMESTAMP) + seconds) * 1000;
	}

	@Test
	void slacksDocumentedExampleVerifies() {
		assertThat(new SlackSignature.Generator(SECRET).generate(TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
		assertThat(this.verifier.isValid(TIMESTAMP, BODY, SIGNATURE, secondsAfter(10))).isTrue();
	}

	@Test
	void oneCharacterChangedAnywhereFailsVerification() {
		assertThat(this.verifier.isValid(TIMESTAMP, BODY.replace("text=", "text=x"), SIGNATURE, secondsAfter(10)))
			.isFalse();
		assertThat(this.verifier.isValid(TIMESTAMP, BODY, SIGNATURE.replace("b503", "b504"), secondsAfter(10)))
			.isFalse();
		assertThat(this.verifier.isValid("1531420619", BODY, SIGNATURE, secondsAfter(10))).isFalse();
		assertThat(new SlackSignature.Verifier(new SlackSignature.Generator(SECRET.replace('8', '9')))
			.isValid(TIMESTAMP, BODY, SIGNATURE, secondsAfter(10))).isFalse();
	}

	@Test
	void rejectsSlackRequestOlderThanFiveMinutes() {
		assertThat(this.verifier.isValid(TIMESTAMP, BODY, SIGNATURE, secondsAfter(4 * 60 + 50))).isTrue();
		assertThat(this.verifier.isValid(TIMESTAMP, BODY, SIGNATURE, secondsAfter(6 * 60))).isFalse();
	}

}
