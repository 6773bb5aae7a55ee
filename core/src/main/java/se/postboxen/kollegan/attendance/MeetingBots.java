package se.postboxen.kollegan.attendance;

import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/** The bots sent to meetings, one current bot per meeting. */
public interface MeetingBots {

	/** Stores the meeting's current bot, replacing an earlier one. */
	void save(MeetingBot bot);

	Optional<MeetingBot> findByBotId(String botId);

	Optional<MeetingBot> findByMeeting(MeetingId meetingId);

	/** Every bot of the tenant's meetings. */
	List<MeetingBot> findByTenant(TenantId tenantId);

}
