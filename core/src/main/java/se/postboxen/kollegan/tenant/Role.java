package se.postboxen.kollegan.tenant;

/** What a user may do within their tenant. */
public enum Role {

	/** Tenant settings, modules, integrations, retention and offboarding. */
	ADMIN,

	/** Their own meetings and those shared with them. */
	MEMBER,

	/** Read-only access, including the audit log. */
	AUDITOR

}
