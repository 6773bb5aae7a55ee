package se.postboxen.kollegan.offboarding;

import java.util.Map;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A store that holds personal data (the database, the cache) and can erase it. Each
 * method answers with the rows or keys removed per part of the store ({@code transcript}
 * → 1, {@code decision} → 4 …), for the deletion receipt; parts with nothing to remove
 * are listed with 0, so the receipt shows every place that was looked at.
 */
public interface PersonalData {

	/**
	 * What was produced from the meeting — transcript, recap, decisions, actions, briefs
	 * — but not the meeting itself, its consent records or its outcome (used when the
	 * organiser declines consent: the answer and the fact stay, the content goes).
	 */
	Map<String, Long> eraseMeetingContent(TenantId tenantId, MeetingId meetingId);

	/** Everything about the meeting, the meeting included. */
	Map<String, Long> eraseMeeting(TenantId tenantId, MeetingId meetingId);

	/**
	 * Everything stored about one person in the tenant: their speech, their part in
	 * meetings, their answers, their stakeholder profile; items they own lose the owner.
	 */
	Map<String, Long> erasePerson(TenantId tenantId, EmailAddress email);

	/** Everything the tenant has, the tenant included. */
	Map<String, Long> eraseTenant(TenantId tenantId);

}
