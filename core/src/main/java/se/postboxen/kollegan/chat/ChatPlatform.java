package se.postboxen.kollegan.chat;

import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.regwatch.RegwatchAlertNotice;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A chat platform that can reach a meeting's participants, and people one by one. Several
 * may be connected; the first that {@link #reaches} a meeting (or a person) carries the
 * messages. Every post throws when the platform cannot be reached, and the job that posts
 * retries. Answers come back through {@link se.postboxen.kollegan.consent.ConsentReplies}
 * and {@link ChatCommands}.
 */
public interface ChatPlatform {

	/** Whether this platform can post into the meeting (its chat, or its people). */
	boolean reaches(Meeting meeting);

	/** Posts the consent card to everyone in the meeting, or to one late joiner. */
	void postConsentCard(ConsentCard card);

	/** Asks the meeting's people to let Kollegan in from the lobby. */
	void postLobbyNotice(LobbyNotice notice);

	/** Posts the recap where the meeting's people read chat. */
	void postRecap(RecapNotice recap);

	/** Whether this platform can write to the person alone. */
	boolean reaches(TenantId tenantId, EmailAddress person);

	/** Reminds an action's owner, with buttons to answer. */
	void postNudge(ActionNudge nudge);

	/**
	 * Tells an administrator of a relevant regulatory change, as a message to them alone,
	 * where a nudge would reach them.
	 * @return whether it was posted: {@code false} when this platform writes to no one
	 * alone, or no longer knows where the person is (erased since {@link #reaches} was
	 * asked), and mail carries it instead
	 */
	boolean postRegwatchAlert(RegwatchAlertNotice notice);

}
