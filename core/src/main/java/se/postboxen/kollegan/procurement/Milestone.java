package se.postboxen.kollegan.procurement;

/** The steps of a timeline from notice to contract. */
public enum Milestone {

	NOTICE_SENT,

	REQUESTS_DEADLINE,

	INVITATION_SENT,

	TENDERS_DEADLINE,

	AWARD_DECISION,

	/** The last day of the standstill period (avtalsspärr). */
	STANDSTILL_ENDS,

	/** The first day the contract may be signed. */
	EARLIEST_CONTRACT,

	CONTRACT_ENDS

}
