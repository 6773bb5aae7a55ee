package se.postboxen.kollegan.meeting;

/** The path by which someone asked for the agent, kept in the audit trail. */
public enum BookingChannel {

	/** The REST API or the dashboard. */
	API,

	/** An invitation e-mailed to the agent's own address. */
	INVITATION,

	/** A user's calendar (Microsoft 365 or an ICS feed) with auto-join or a label. */
	CALENDAR,

	/** A signed magic link, confirmed by whoever opened it. */
	MAGIC_LINK,

	/** A chat command in Teams, Slack or Zoom. */
	CHAT

}
