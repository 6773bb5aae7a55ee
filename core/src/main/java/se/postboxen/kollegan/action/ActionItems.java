package se.postboxen.kollegan.action;

import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

public interface ActionItems {

	ActionItem save(ActionItem item);

	Optional<ActionItem> findById(TenantId tenantId, ActionItemId id);

	List<ActionItem> findByMeeting(TenantId tenantId, MeetingId meetingId);

}
