package se.postboxen.kollegan.adapter.teams;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.adapter.teams.TeamsRejection.Reason;
import se.postboxen.kollegan.adapter.teams.api.Activity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The checks of an incoming activity, one forged or broken token at a time, against a
 * mock of the Bot Connector's OpenID metadata and key set.
 */
class ConnectorAuthenticationTests {

	static final String APP_ID = "c9e8c047-2a74-40a2-b28a-b162d5f5327c";

	/** The serviceUrl of the recorded message activity. */
	static final String SERVICE_URL = "https://smba.trafficmanager.net/amer/";

	final WireMockServer connector = new WireMockServer(options().dynamicPort());

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));

	final BotConnectorTokens tokens = new BotConnectorTokens().withKey("key-1");

	ConnectorAuthentication authentication;

	byte[] message;

	@BeforeEach
	void startConnector() throws IOException {
		this.connector.start();
		publishMetadata(this.connector);
		publishKeys(List.of("msteams", "skype"));
		TeamsProperties properties = new TeamsProperties(APP_ID, "secret", "kommun-a.example",
				URI.create(this.connector.baseUrl() + "/v1/.well-known/openidconfiguration"), BotConnectorTokens.ISSUER,
				URI.create("https://login.microsoftonline.com"), null);
		this.authentication = new ConnectorAuthentication(
				new ConnectorKeys(TeamsConfiguration.restClient(ObservationRegistry.NOOP), properties, this.clock),
				properties, this.clock);
		this.message = resource("message.json");
	}

	@AfterEach
	void stopConnector() {
		this.connector.stop();
	}

	@Test
	void acceptsAGenuineTokenAndReadsTheActivity() {
		Activity activity = this.authentication.authenticate(bearer(this.tokens.sign("key-1", genuine())),
				this.message);

		assertThat(activity.type()).isEqualTo("message");
		assertThat(activity.id()).isEqualTo("1485983408511");
		assertThat(activity.from().name()).isEqualTo("Megan Bowen");
		assertThat(activity.directoryId()).isEqualTo("72f988bf-86f1-41af-91ab-2d7cd011db47");
		assertThat(activity.locale()).isEqualTo("en-US");
	}

	@Test
	void rejectsARequestWithoutBearerToken() {
		assertRejected(null, Reason.UNAUTHENTICATED);
		assertRejected("Basic dXNlcjpwYXNz", Reason.UNAUTHENTICATED);
		assertRejected("Bearer not-a-jwt", Reason.UNAUTHENTICATED);
	}

	@Test
	void rejectsAnUnsignedToken() {
		assertRejected(bearer(BotConnectorTokens.unsigned(genuine())), Reason.UNAUTHENTICATED);
	}

	@Test
	void rejectsHs256SignedWithThePublicKey() {
		assertRejected(bearer(this.tokens.hs256WithPublicKey("key-1", genuine())), Reason.UNAUTHENTICATED);
	}

	@Test
	void rejectsATokenSignedByAnotherKeyUnderAKnownId() {
		assertRejected(bearer(BotConnectorTokens.signWithStrangersKey("key-1", genuine())), Reason.UNAUTHENTICATED);
	}

	@Test
	void rejectsATokenForAnotherBot() {
		assertRejected(bearer(this.tokens.sign("key-1", change(claims -> claims.audience("someone-elses-bot")))),
				Reason.FORBIDDEN);
	}

	@Test
	void rejectsATokenFromAnotherIssuer() {
		assertRejected(
				bearer(this.tokens.sign("key-1", change(claims -> claims.issuer("https://sts.windows.net/evil/")))),
				Reason.FORBIDDEN);
	}

	@Test
	void rejectsATokenExpiredBeyondFiveMinutesOfSkew() {
		Instant now = this.clock.instant();
		String withinSkew = this.tokens.sign("key-1",
				change(claims -> claims.expirationTime(Date.from(now.minusSeconds(240)))));
		assertThat(this.authentication.authenticate(bearer(withinSkew), this.message)).isNotNull();

		assertRejected(bearer(
				this.tokens.sign("key-1", change(claims -> claims.expirationTime(Date.from(now.minusSeconds(301)))))),
				Reason.FORBIDDEN);
	}

	@Test
	void rejectsATokenWithoutExpiry() {
		assertRejected(bearer(this.tokens.sign("key-1", change(claims -> claims.expirationTime(null)))),
				Reason.FORBIDDEN);
	}

	@Test
	void rejectsATokenNotYetValid() {
		Instant now = this.clock.instant();
		assertRejected(
				bearer(this.tokens.sign("key-1",
						change(claims -> claims.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(6))))))),
				Reason.FORBIDDEN);
	}

	@Test
	void rejectsATokenForAnotherServiceUrl() {
		assertRejected(
				bearer(this.tokens.sign("key-1",
						change(claims -> claims.claim("serviceurl", "https://smba.trafficmanager.net/emea/")))),
				Reason.FORBIDDEN);
		assertRejected(bearer(this.tokens.sign("key-1", change(claims -> claims.claim("serviceurl", null)))),
				Reason.FORBIDDEN);
	}

	@Test
	void rejectsAGenuineTokenForAnActivityFromAnotherChannel() {
		// Web Chat's client writes channelData.tenant itself: it must not speak for a
		// Teams tenant.
		byte[] webChat = new String(this.message, StandardCharsets.UTF_8)
			.replace("\"channelId\": \"msteams\"", "\"channelId\": \"webchat\"")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(new String(webChat, StandardCharsets.UTF_8)).contains("webchat");

		assertThatExceptionOfType(TeamsRejection.class)
			.isThrownBy(() -> this.authentication.authenticate(bearer(this.tokens.sign("key-1", genuine())), webChat))
			.satisfies(rejection -> assertThat(rejection.reason()).isEqualTo(Reason.FORBIDDEN));
	}

	@Test
	void rejectsAKeyNotEndorsedForTeams() {
		publishKeys(List.of("skype", "webchat"));

		assertRejected(bearer(this.tokens.sign("key-1", genuine())), Reason.FORBIDDEN);
	}

	@Test
	void rejectsAnUnknownKeyAfterFetchingTheKeysOnceMore() {
		this.authentication.authenticate(bearer(this.tokens.sign("key-1", genuine())), this.message);
		this.clock.advance(Duration.ofMinutes(2));

		String stranger = BotConnectorTokens.signWithStrangersKey("key-unknown", genuine());
		assertRejected(bearer(stranger), Reason.UNAUTHENTICATED);
		this.connector.verify(2, getRequestedFor(urlPathEqualTo("/v1/.well-known/keys")));

		// A flood of made-up key ids does not become a flood of fetches.
		assertRejected(bearer(stranger), Reason.UNAUTHENTICATED);
		assertRejected(bearer(stranger), Reason.UNAUTHENTICATED);
		this.connector.verify(2, getRequestedFor(urlPathEqualTo("/v1/.well-known/keys")));
	}

	@Test
	void fetchesTheKeysAgainWhenANewKeyAppearsAfterRotation() {
		this.authentication.authenticate(bearer(this.tokens.sign("key-1", genuine())), this.message);
		this.tokens.withKey("key-2");
		publishKeys(List.of("msteams"));
		this.clock.advance(Duration.ofMinutes(2));

		Activity activity = this.authentication.authenticate(bearer(this.tokens.sign("key-2", genuine())),
				this.message);

		assertThat(activity.id()).isEqualTo("1485983408511");
		this.connector.verify(2, getRequestedFor(urlPathEqualTo("/v1/.well-known/keys")));
	}

	@Test
	void keepsTheKeysBetweenRequests() {
		for (int i = 0; i < 3; i++) {
			this.authentication.authenticate(bearer(this.tokens.sign("key-1", genuine())), this.message);
		}

		this.connector.verify(1, getRequestedFor(urlPathEqualTo("/v1/.well-known/openidconfiguration")));
		this.connector.verify(1, getRequestedFor(urlPathEqualTo("/v1/.well-known/keys")));
	}

	@Test
	void rejectsABodyThatIsNoActivityOnlyAfterTheToken() {
		assertThatExceptionOfType(TeamsRejection.class)
			.isThrownBy(() -> this.authentication.authenticate(bearer(this.tokens.sign("key-1", genuine())),
					"[1,2".getBytes(StandardCharsets.UTF_8)))
			.satisfies(rejection -> assertThat(rejection.reason()).isEqualTo(Reason.MALFORMED));
		assertThatExceptionOfType(TeamsRejection.class)
			.isThrownBy(() -> this.authentication.authenticate(null, "[1,2".getBytes(StandardCharsets.UTF_8)))
			.satisfies(rejection -> assertThat(rejection.reason()).isEqualTo(Reason.UNAUTHENTICATED));
	}

	@Test
	void answersUnavailableWhenNoKeysCanBeFetched() {
		this.connector.stop();

		assertRejected(bearer(this.tokens.sign("key-1", genuine())), Reason.UNAVAILABLE);
	}

	private void assertRejected(String authorization, Reason reason) {
		assertThatExceptionOfType(TeamsRejection.class)
			.isThrownBy(() -> this.authentication.authenticate(authorization, this.message))
			.satisfies(rejection -> assertThat(rejection.reason()).isEqualTo(reason));
	}

	private JWTClaimsSet genuine() {
		return BotConnectorTokens.claims(APP_ID, SERVICE_URL, this.clock.instant()).build();
	}

	private JWTClaimsSet change(UnaryOperator<JWTClaimsSet.Builder> change) {
		return BotConnectorTokens.with(BotConnectorTokens.claims(APP_ID, SERVICE_URL, this.clock.instant()), change);
	}

	private void publishKeys(List<String> endorsements) {
		this.connector.stubFor(get(urlPathEqualTo("/v1/.well-known/keys")).willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody(this.tokens.jwks(endorsements))));
	}

	/** Microsoft's recorded metadata, naming the mock's key set. */
	static void publishMetadata(WireMockServer connector) throws IOException {
		String metadata = new String(resource("openid-configuration.json"), StandardCharsets.UTF_8)
			.replace("https://login.botframework.com", connector.baseUrl());
		connector.stubFor(get(urlPathEqualTo("/v1/.well-known/openidconfiguration"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(metadata)));
	}

	static byte[] resource(String name) throws IOException {
		try (InputStream in = ConnectorAuthenticationTests.class.getResourceAsStream("/teams/" + name)) {
			return in.readAllBytes();
		}
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

}
