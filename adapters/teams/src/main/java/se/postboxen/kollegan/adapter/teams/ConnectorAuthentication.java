package se.postboxen.kollegan.adapter.teams;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.adapter.teams.TeamsRejection.Reason;
import se.postboxen.kollegan.adapter.teams.api.Activity;

/**
 * Checks that a request to {@code /api/messages} comes from the Bot Connector and is
 * meant for us, exactly as Microsoft specifies: a bearer JWT, signed RS256 by one of the
 * keys published through the OpenID metadata, issued by
 * {@code https://api.botframework.com} for our app id, within its lifetime give or take
 * five minutes, and carrying the activity's own {@code serviceUrl} — so that a token for
 * one conversation cannot send us to another host. Nothing in the body is trusted before
 * the token is.
 *
 * @see <a href=
 * "https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-authentication">Authenticate
 * requests from the Bot Connector service</a>
 */
public class ConnectorAuthentication {

	/** The clock skew Microsoft calls industry standard, and the SDKs allow. */
	static final Duration SKEW = Duration.ofMinutes(5);

	/**
	 * The only channel Kollegan serves; a key endorsed for others may not sign for it.
	 */
	static final String TEAMS_CHANNEL = "msteams";

	private static final String BEARER = "Bearer ";

	private static final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ConnectorKeys keys;

	private final TeamsProperties properties;

	private final Clock clock;

	ConnectorAuthentication(ConnectorKeys keys, TeamsProperties properties, Clock clock) {
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The activity in the body, if the request is genuine and ours.
	 * @param authorization the request's {@code Authorization} header
	 * @throws TeamsRejection otherwise, with the status to answer
	 */
	public Activity authenticate(@Nullable String authorization, byte[] body) {
		JWTClaimsSet claims = verify(authorization);
		Activity activity;
		try {
			activity = json.readValue(body, Activity.class);
		}
		catch (JacksonException ex) {
			throw new TeamsRejection(Reason.MALFORMED, "the body is not an activity");
		}
		String serviceUrl = claim(claims, "serviceurl");
		if (serviceUrl == null || !serviceUrl.equals(activity.serviceUrl())) {
			throw new TeamsRejection(Reason.FORBIDDEN, "the token is for another serviceUrl");
		}
		// Other Bot Framework channels (Web Chat, Direct Line) get Microsoft-signed
		// tokens
		// too, and their clients write channelData.tenant themselves: only Teams speaks
		// for a Teams tenant.
		if (!TEAMS_CHANNEL.equals(activity.channelId())) {
			throw new TeamsRejection(Reason.FORBIDDEN, "the activity is not from Teams");
		}
		return activity;
	}

	/** The token's claims, once its signature and claims are checked. */
	JWTClaimsSet verify(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			throw new TeamsRejection(Reason.UNAUTHENTICATED, "no bearer token");
		}
		SignedJWT jwt;
		try {
			jwt = SignedJWT.parse(authorization.substring(BEARER.length()).strip());
		}
		catch (ParseException ex) {
			// Unsigned ("alg": "none") tokens end here too: they are no JWS.
			throw new TeamsRejection(Reason.UNAUTHENTICATED, "not a signed JWT");
		}
		// RS256 only: an HMAC token "signed" with the public key must never be tried.
		if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
			throw new TeamsRejection(Reason.UNAUTHENTICATED, "not RS256");
		}
		String keyId = jwt.getHeader().getKeyID();
		ConnectorKeys.Key key = findKey(keyId)
			.orElseThrow(() -> new TeamsRejection(Reason.UNAUTHENTICATED, "signed with an unknown key"));
		try {
			if (!jwt.verify(new RSASSAVerifier(key.publicKey()))) {
				throw new TeamsRejection(Reason.UNAUTHENTICATED, "bad signature");
			}
		}
		catch (JOSEException ex) {
			throw new TeamsRejection(Reason.UNAUTHENTICATED, "bad signature");
		}
		if (!key.endorsements().isEmpty() && !key.endorsements().contains(TEAMS_CHANNEL)) {
			throw new TeamsRejection(Reason.FORBIDDEN, "the key is not endorsed for Teams");
		}
		JWTClaimsSet claims;
		try {
			claims = jwt.getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw new TeamsRejection(Reason.UNAUTHENTICATED, "unreadable claims");
		}
		checkClaims(claims);
		return claims;
	}

	private Optional<ConnectorKeys.Key> findKey(@Nullable String keyId) {
		if (keyId == null || keyId.isBlank()) {
			return Optional.empty();
		}
		try {
			return this.keys.key(keyId);
		}
		catch (ConnectorKeys.KeysUnavailableException ex) {
			throw new TeamsRejection(Reason.UNAVAILABLE, "the signing keys cannot be fetched");
		}
	}

	private void checkClaims(JWTClaimsSet claims) {
		if (!this.properties.issuer().equals(claims.getIssuer())) {
			throw new TeamsRejection(Reason.FORBIDDEN, "wrong issuer");
		}
		if (claims.getAudience() == null || !claims.getAudience().contains(this.properties.appId())) {
			throw new TeamsRejection(Reason.FORBIDDEN, "not for this bot");
		}
		Instant now = this.clock.instant();
		Date expires = claims.getExpirationTime();
		if (expires == null || now.isAfter(expires.toInstant().plus(SKEW))) {
			throw new TeamsRejection(Reason.FORBIDDEN, "expired");
		}
		Date notBefore = claims.getNotBeforeTime();
		if (notBefore != null && now.isBefore(notBefore.toInstant().minus(SKEW))) {
			throw new TeamsRejection(Reason.FORBIDDEN, "not yet valid");
		}
	}

	private static @Nullable String claim(JWTClaimsSet claims, String name) {
		try {
			return claims.getStringClaim(name);
		}
		catch (ParseException ex) {
			return null;
		}
	}

}
