package se.postboxen.kollegan.invite;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/** Telling an organiser, by e-mail, what the agent did with their invitation. */
public interface OrganiserNotices {

	/**
	 * The invitation has no online meeting link the agent can join.
	 * @throws RuntimeException when the mail cannot be handed over (the job retries)
	 */
	void notJoinable(TenantId tenantId, EmailAddress organiser, String meetingTitle);

	/**
	 * The agent waits in the meeting's lobby: admit it, or carry on without it.
	 * @throws RuntimeException when the mail cannot be handed over (the job retries)
	 */
	void waitingInLobby(TenantId tenantId, EmailAddress organiser, String meetingTitle);

	/**
	 * The agent could not record the meeting and the platform has no transcript: upload
	 * one, and the recap follows.
	 * @throws RuntimeException when the mail cannot be handed over (the job retries)
	 */
	void transcriptWanted(TenantId tenantId, EmailAddress organiser, String meetingTitle);

}
