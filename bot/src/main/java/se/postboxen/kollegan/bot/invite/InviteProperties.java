package se.postboxen.kollegan.bot.invite;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Invitations by e-mail.
 *
 * @param domain the domain of the agent's addresses ({@code kollegan+<token>@domain});
 * mail to it must reach {@code POST /api/inbound/email}
 * @param inboundSecret the HMAC-SHA256 key inbound mail is signed with
 * ({@code KOLLEGAN_INBOUND_SECRET}); in development the documented demo value when unset,
 * never accepted in production
 */
@Validated
@ConfigurationProperties("kollegan.invite")
public record InviteProperties(@Pattern(regexp = "^[a-z0-9.-]+\\.[a-z]{2,}$") String domain, String inboundSecret) {

	/** Documented in the README for local use; the deployment guard refuses it. */
	public static final String DEMO_INBOUND_SECRET = "kollegan-demo-inbound-secret";

	/** The development domain; production must name its own (the deployment guard). */
	public static final String DEVELOPMENT_DOMAIN = "kollegan.example";

	public InviteProperties {
		if (domain == null || domain.isBlank()) {
			domain = DEVELOPMENT_DOMAIN;
		}
		if (inboundSecret == null || inboundSecret.isBlank()) {
			inboundSecret = DEMO_INBOUND_SECRET;
		}
	}

	@Override
	public String toString() {
		return "InviteProperties[domain=" + this.domain + "]";
	}

}
