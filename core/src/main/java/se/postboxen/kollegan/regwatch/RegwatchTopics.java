package se.postboxen.kollegan.regwatch;

import java.util.List;

import se.postboxen.kollegan.tenant.TenantId;

public interface RegwatchTopics {

	/**
	 * @throws IllegalArgumentException when the tenant has the keyword already (in any
	 * case)
	 */
	RegwatchTopic add(RegwatchTopic topic);

	/** Whether there was such a topic to remove. */
	boolean remove(TenantId tenantId, RegwatchTopicId id);

	/** Alphabetical. */
	List<RegwatchTopic> findAll(TenantId tenantId);

}
