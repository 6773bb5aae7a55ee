package se.postboxen.kollegan.bot;

import java.util.Locale;

import org.springframework.core.env.Environment;

/**
 * Whether this instance runs in development (embedded servers, demo data, the built-in
 * identity provider allowed) or production (real servers and identity provider, every
 * secret required). Read straight from the environment because it decides which beans
 * exist at all, before any of them is created.
 */
public final class DeploymentMode {

	public static final String MODE = "kollegan.mode";

	public static final String DEMO = "kollegan.demo.enabled";

	public static final String DEV_IDP = "kollegan.security.dev-idp.enabled";

	private DeploymentMode() {
	}

	/** {@code KOLLEGAN_MODE=production}; anything else, or nothing, is development. */
	public static boolean production(Environment environment) {
		return "production".equals(environment.getProperty(MODE, "development").strip().toLowerCase(Locale.ROOT));
	}

	/** Demo data: as configured, else exactly when the database is the embedded one. */
	public static boolean demo(Environment environment) {
		String configured = environment.getProperty(DEMO);
		if (configured != null && !configured.isBlank()) {
			return Boolean.parseBoolean(configured.strip());
		}
		String databaseUrl = environment.getProperty("kollegan.persistence.url");
		return databaseUrl == null || databaseUrl.isBlank();
	}

	/** The built-in identity provider: as configured, else together with demo data. */
	public static boolean devIdentityProvider(Environment environment) {
		String configured = environment.getProperty(DEV_IDP);
		if (configured != null && !configured.isBlank()) {
			return Boolean.parseBoolean(configured.strip());
		}
		return !production(environment) && demo(environment);
	}

}
