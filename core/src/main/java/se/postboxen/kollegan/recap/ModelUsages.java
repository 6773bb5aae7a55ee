package se.postboxen.kollegan.recap;

import java.util.List;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * What remote language models cost, per meeting: a record for every recap a model wrote
 * or began (a model that failed half-way was still paid for). Holds no words of the
 * meeting.
 */
public interface ModelUsages {

	void record(ModelUsage usage);

	/**
	 * Everything recorded for one meeting, oldest first: a retried recap is paid twice.
	 */
	List<ModelUsage> of(TenantId tenantId, MeetingId meetingId);

}
