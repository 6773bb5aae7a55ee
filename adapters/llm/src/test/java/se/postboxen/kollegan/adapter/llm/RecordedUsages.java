package se.postboxen.kollegan.adapter.llm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.ModelUsages;
import se.postboxen.kollegan.tenant.TenantId;

/** Usage kept in memory, as the persistence adapter would store it. */
final class RecordedUsages implements ModelUsages {

	final List<ModelUsage> recorded = new CopyOnWriteArrayList<>();

	@Override
	public void record(ModelUsage usage) {
		this.recorded.add(usage);
	}

	@Override
	public List<ModelUsage> of(TenantId tenantId, MeetingId meetingId) {
		return this.recorded.stream()
			.filter(usage -> usage.tenantId().equals(tenantId) && usage.meetingId().equals(meetingId))
			.toList();
	}

}
