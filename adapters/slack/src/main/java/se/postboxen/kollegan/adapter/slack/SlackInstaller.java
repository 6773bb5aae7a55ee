package se.postboxen.kollegan.adapter.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthRevokeResponse;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.postboxen.kollegan.chat.ChatInstallStates;
import se.postboxen.kollegan.chat.WorkspaceCredentials;
import se.postboxen.kollegan.shared.HmacSha256;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Slack's OAuth v2 install flow, for an administrator to add Kollegan to their workspace:
 * the address at Slack to send them to (with the bot scopes and a signed, expiring,
 * single-use {@code state} naming their tenant and them), and, when Slack sends them
 * back, the checks of that state and the exchange of Slack's {@code code} for the
 * workspace's bot token with {@code oauth.v2.access} (client id and secret in Basic auth,
 * as Slack's client sends them). The state is signed with a key derived from the client
 * secret, so that no further secret needs configuring, and none but this Kollegan can
 * make one.
 */
public class SlackInstaller implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SlackInstaller.class);

	/** How long an administrator has at Slack before the state is refused. */
	public static final Duration STATE_LIFETIME = Duration.ofMinutes(10);

	/**
	 * {@code oauth.v2.access} errors that mean the code is wrong, not Kollegan's setup.
	 */
	private static final Set<String> CODE_ERRORS = Set.of("invalid_code", "code_already_used", "code_expired");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,256}");

	private static final byte[] STATE_KEY_LABEL = "kollegan slack install state".getBytes(StandardCharsets.UTF_8);

	private final SlackProperties properties;

	private final URI redirectUri;

	private final ChatInstallStates states;

	private final Slack slack;

	private final byte[] stateKey;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param properties resolved settings with client id and secret
	 * @param redirectUri where Slack sends the administrator back: registered with the
	 * app (manifest {@code oauth_config.redirect_urls}) and sent again with the code, as
	 * Slack requires
	 */
	public SlackInstaller(SlackProperties properties, URI redirectUri, ChatInstallStates states,
			ObservationRegistry observations) {
		if (!properties.canInstall()) {
			throw new IllegalArgumentException("Installing needs the app's client id and secret");
		}
		this.properties = properties;
		this.redirectUri = redirectUri;
		this.states = states;
		this.slack = SlackClients.create(properties, observations);
		this.stateKey = HmacSha256
			.of(Objects.requireNonNull(properties.clientSecret()).getBytes(StandardCharsets.UTF_8), STATE_KEY_LABEL);
	}

	/** Where to send the administrator: Slack's consent screen for this workspace. */
	public URI authorizeUrl(TenantId tenantId, String adminSubject, Instant now) {
		byte[] nonce = new byte[18];
		this.random.nextBytes(nonce);
		String state = new SlackInstallState(tenantId.value(), SlackInstallState.admin(adminSubject),
				now.plus(STATE_LIFETIME).getEpochSecond(),
				Base64.getUrlEncoder().withoutPadding().encodeToString(nonce))
			.sign(this.stateKey);
		return URI.create(this.properties.authorizeUrl() + "?client_id=" + encode(this.properties.clientId())
				+ "&scope=" + encode(String.join(",", this.properties.scopes())) + "&redirect_uri="
				+ encode(this.redirectUri.toString()) + "&state=" + encode(state));
	}

	/**
	 * Completes an install Slack sent the administrator back from: the state must be one
	 * this Kollegan signed, for this tenant and administrator, not expired and not used
	 * before (it is used up here, before Slack is asked); then the code is exchanged.
	 * @throws SlackInstallException naming {@code state} or {@code code} when either is
	 * wrong, or saying Slack refused or could not be reached
	 */
	public WorkspaceCredentials install(@Nullable String state, @Nullable String code, TenantId tenantId,
			String adminSubject, Instant now) {
		SlackInstallState verified = SlackInstallState.verify(state, this.stateKey)
			.orElseThrow(
					() -> SlackInstallException.invalid("state", "saknas eller är ogiltig / is missing or invalid"));
		if (!verified.tenantId().equals(tenantId.value())
				|| !verified.admin().equals(SlackInstallState.admin(adminSubject))) {
			throw SlackInstallException.invalid("state",
					"gavs till en annan inloggning / was issued to another sign-in");
		}
		if (now.getEpochSecond() > verified.expiresAt()) {
			throw SlackInstallException.invalid("state", "har gått ut, börja om / has expired, start again");
		}
		if (code == null || !CODE.matcher(code).matches()) {
			throw SlackInstallException.invalid("code", "saknas eller är ogiltig / is missing or invalid");
		}
		if (!this.states.useOnce(tenantId, verified.nonce(), Instant.ofEpochSecond(verified.expiresAt()))) {
			throw SlackInstallException.invalid("state", "är redan använd, börja om / was already used, start again");
		}
		return exchange(code);
	}

	private WorkspaceCredentials exchange(String code) {
		OAuthV2AccessResponse response;
		try {
			response = this.slack.methods()
				.oauthV2Access(request -> request.clientId(this.properties.clientId())
					.clientSecret(this.properties.clientSecret())
					.code(code)
					.redirectUri(this.redirectUri.toString()));
		}
		catch (SlackApiException ex) {
			throw SlackInstallException.unavailable("Slack svarade / Slack answered HTTP " + ex.getResponse().code());
		}
		catch (IOException ex) {
			throw SlackInstallException.unavailable("Slack gick inte att nå / Slack could not be reached");
		}
		if (!response.isOk()) {
			String error = String.valueOf(response.getError());
			if (CODE_ERRORS.contains(error)) {
				throw SlackInstallException.invalid("code", "avvisades av Slack / was refused by Slack: " + error);
			}
			// invalid_client_id, bad_client_secret, bad_redirect_uri …: this Kollegan's
			// setup, not the administrator's doing.
			logger.warn("Slack oauth.v2.access failed: {}", error);
			throw SlackInstallException.refused("Slack avvisade installationen / Slack refused the install: " + error);
		}
		String token = response.getAccessToken();
		String team = (response.getTeam() != null) ? response.getTeam().getId() : null;
		if (!"bot".equals(response.getTokenType()) || token == null || !token.startsWith("xoxb-") || team == null
				|| response.getBotUserId() == null) {
			// An organisation-wide (Enterprise Grid) install has no team; Kollegan links
			// workspaces one by one.
			throw SlackInstallException
				.refused("Slack gav ingen bot-token för en arbetsyta / Slack gave no bot token for a workspace");
		}
		List<String> scopes = (response.getScope() != null)
				? Arrays.stream(response.getScope().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
				: List.of();
		return new WorkspaceCredentials(team, response.getTeam().getName(), response.getBotUserId(), token, scopes);
	}

	/**
	 * Revokes a workspace's bot token at Slack, for a workspace an administrator
	 * disconnects: best effort, as Kollegan forgets the token either way.
	 */
	public void revoke(String botToken) {
		try {
			AuthRevokeResponse response = this.slack.methods(botToken).authRevoke(request -> request);
			if (!response.isOk()) {
				logger.warn("Slack auth.revoke failed: {}", response.getError());
			}
		}
		catch (IOException | SlackApiException | RuntimeException ex) {
			logger.warn("Slack auth.revoke failed: {}", ex.getClass().getSimpleName());
		}
	}

	private static String encode(@Nullable String value) {
		return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
	}

	@Override
	public void close() throws Exception {
		this.slack.close();
	}

}
