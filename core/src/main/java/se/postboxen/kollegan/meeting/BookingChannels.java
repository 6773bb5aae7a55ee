package se.postboxen.kollegan.meeting;

import java.util.Collection;
import java.util.Map;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * How the agent was asked into meetings: the channel {@link MeetingScheduling} recorded
 * in the audit trail when it booked each one, for views that show it beside the meeting.
 */
public interface BookingChannels {

	/**
	 * The channel of each of the tenant's meetings given; a meeting booked before the
	 * channel was recorded, or not the tenant's, is left out.
	 */
	Map<MeetingId, BookingChannel> of(TenantId tenantId, Collection<MeetingId> meetingIds);

}
