package se.postboxen.kollegan.procurement;

/** What is bought; each has its own thresholds. */
public enum ContractType {

	GOODS,

	SERVICES,

	WORKS,

	/** Sociala tjänster och andra särskilda tjänster (bilaga 2 to LOU and LUF). */
	SOCIAL_SERVICES

}
