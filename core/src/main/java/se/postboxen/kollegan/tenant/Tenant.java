package se.postboxen.kollegan.tenant;

import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.shared.Text;

/**
 * An organisation using Kollegan: a municipality, an authority, a law firm. Everything it
 * owns carries its id.
 *
 * @param slug short stable handle used in configuration and URLs, e.g. {@code demo-a}
 * @param timeZone the zone meetings and relative due dates are read in when a meeting
 * does not say
 * @param defaultConsentLevel the consent level the agent asks for unless an organiser
 * lowers it
 * @param directoryId the identity provider's id of the tenant's directory (Entra ID's
 * {@code tid}); tokens naming another directory get no access
 */
public record Tenant(TenantId id, String slug, String name, ZoneId timeZone, ConsentLevel defaultConsentLevel,
		@Nullable String directoryId) {

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$");

	public Tenant {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(slug, "slug");
		if (!SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException("slug must be lower-case letters, digits and dashes");
		}
		name = Text.required(name, "name", 200);
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(defaultConsentLevel, "defaultConsentLevel");
		directoryId = Text.optional(directoryId, "directoryId", 100);
	}

	/** The same tenant with the settings an administrator may change. */
	public Tenant withSettings(String newName, ZoneId newTimeZone, ConsentLevel newDefaultConsentLevel) {
		return new Tenant(this.id, this.slug, newName, newTimeZone, newDefaultConsentLevel, this.directoryId);
	}

}
