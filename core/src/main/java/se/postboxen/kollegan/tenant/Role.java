package se.postboxen.kollegan.tenant;

/** What a user may do within their tenant. */
public enum Role {

	/** Tenant settings, modules, integrations, retention and offboarding. */
	ADMIN,

	/** Their own meetings and those shared with them. */
	MEMBER,

	/** Read-only access, including the audit log. */
	AUDITOR,

	/**
	 * May take time-limited administrator rights in an emergency, with a reason
	 * ({@link se.postboxen.kollegan.breakglass.BreakGlass}); grants nothing else by
	 * itself. Only the identity provider gives it: never stored as a user's role.
	 */
	BREAK_GLASS

}
