package se.postboxen.kollegan.bot.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * Reads a Kollegan identity from token claims as Microsoft Entra ID issues them:
 * {@code tid} (the directory, mapped to our tenant registry), {@code roles} (app roles
 * {@code ADMIN}, {@code MEMBER}, {@code AUDITOR}, any case), {@code oid}/{@code sub},
 * {@code preferred_username}/{@code email} and {@code name}. Shared by the API (access
 * tokens) and the dashboard login (ID tokens) so that both decide alike.
 */
final class TokenClaims {

	static final String TENANT = "tid";

	static final String ROLES = "roles";

	private TokenClaims() {
	}

	/**
	 * The identity, or empty when the directory is not one of our tenants: the token is
	 * genuine but grants nothing here.
	 */
	static Optional<KolleganUser> user(Map<String, Object> claims, Tenants tenants) {
		Object tid = claims.get(TENANT);
		if (!(tid instanceof String directory) || directory.isBlank()) {
			return Optional.empty();
		}
		Optional<Tenant> tenant = tenants.findByDirectoryId(directory);
		if (tenant.isEmpty()) {
			return Optional.empty();
		}
		String subject = firstText(claims, "oid", "sub");
		String name = firstText(claims, "name", "preferred_username", "sub");
		return Optional.of(new KolleganUser(tenant.get().id(), (subject != null) ? subject : "unknown", email(claims),
				(name != null) ? name : "okänd", roles(claims)));
	}

	static Set<Role> roles(Map<String, Object> claims) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (claims.get(ROLES) instanceof Collection<?> values) {
			for (Object value : values) {
				for (Role role : Role.values()) {
					if (value instanceof String text && role.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
						roles.add(role);
					}
				}
			}
		}
		return roles;
	}

	static List<GrantedAuthority> authorities(KolleganUser user) {
		return user.roles()
			.stream()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
	}

	private static @Nullable EmailAddress email(Map<String, Object> claims) {
		String candidate = firstText(claims, "email", "preferred_username", "upn");
		return (candidate != null && EmailAddress.isValid(candidate)) ? EmailAddress.of(candidate) : null;
	}

	private static @Nullable String firstText(Map<String, Object> claims, String... names) {
		for (String name : names) {
			if (claims.get(name) instanceof String value && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
