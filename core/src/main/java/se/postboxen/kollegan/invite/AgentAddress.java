package se.postboxen.kollegan.invite;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

/**
 * A user's own address for the agent, {@code kollegan+<token>@<domain>}: inviting it to a
 * meeting asks the agent to attend on that user's behalf. The token is unguessable (100
 * random bits), so the address is a capability; rotating it makes the old one stop
 * working.
 */
public record AgentAddress(TenantId tenantId, UserId userId, String token) {

	private static final Pattern TOKEN = Pattern.compile("^[a-z2-7]{20}$");

	private static final Pattern ADDRESS = Pattern.compile("^kollegan\\+([a-z2-7]{20})@(.+)$");

	private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	public AgentAddress {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(userId, "userId");
		if (token == null || !TOKEN.matcher(token).matches()) {
			throw new IllegalArgumentException("an agent address token is 20 base32 characters");
		}
	}

	public static AgentAddress newFor(TenantId tenantId, UserId userId) {
		char[] token = new char[20];
		for (int i = 0; i < token.length; i++) {
			token[i] = BASE32[RANDOM.nextInt(BASE32.length)];
		}
		return new AgentAddress(tenantId, userId, new String(token));
	}

	/** The token of an address of the agent's domain, if it is one. */
	public static Optional<String> tokenOf(EmailAddress address, String agentDomain) {
		Matcher matcher = ADDRESS.matcher(address.value());
		if (matcher.matches() && matcher.group(2).equals(agentDomain.toLowerCase(Locale.ROOT))) {
			return Optional.of(matcher.group(1));
		}
		return Optional.empty();
	}

	public EmailAddress address(String agentDomain) {
		return EmailAddress.of("kollegan+" + this.token + "@" + agentDomain);
	}

	@Override
	public String toString() {
		// The token is a capability: never in a log line.
		return "AgentAddress[" + this.tenantId + ", " + this.userId + "]";
	}

}
