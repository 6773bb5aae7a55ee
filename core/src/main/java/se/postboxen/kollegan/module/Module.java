package se.postboxen.kollegan.module;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The optional parts of Kollegan a tenant switches on in the module shop. Each has a
 * stable wire name, used in the API, in feature flags ({@code module.<wire name>}), in
 * billing events and in the database: rename the constant if need be, never the wire
 * name.
 */
public enum Module {

	/** Regulatory watch: changes in the sources a tenant follows, and their history. */
	REGWATCH("regwatch"),

	/** The procurement simulator: procedures, thresholds, time limits and evaluations. */
	PROCUREMENT("procurement"),

	/** The doc copilot: help with writing and checking documents. */
	DOC_COPILOT("doc-copilot"),

	/**
	 * Juridik-Gunnar, the legal analysis: used in meetings at consent level Juridik and
	 * in the doc copilot's legal checks.
	 */
	JURIDIK_GUNNAR("juridik-gunnar"),

	/** Stakeholder profiles built from meetings, their pages and their API. */
	STAKEHOLDER_INSIGHTS("stakeholder-insights"),

	/** Actions pushed to the tenant's Planner or Trello board, and followed back. */
	TASK_BOARDS("task-boards");

	private static final String FLAG_PREFIX = "module.";

	private final String wireName;

	Module(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return this.wireName;
	}

	/** The module's feature flag, {@code module.<wire name>}. */
	public String flagKey() {
		return FLAG_PREFIX + this.wireName;
	}

	/** The module of a wire name, such as {@code juridik-gunnar}; exact, case and all. */
	public static Optional<Module> ofWireName(@Nullable String wireName) {
		return Arrays.stream(values()).filter(module -> module.wireName.equals(wireName)).findFirst();
	}

	/** The module whose feature flag this is, such as {@code module.regwatch}. */
	public static Optional<Module> ofFlagKey(@Nullable String flagKey) {
		if (flagKey == null || !flagKey.startsWith(FLAG_PREFIX)) {
			return Optional.empty();
		}
		return ofWireName(flagKey.substring(FLAG_PREFIX.length()));
	}

}
