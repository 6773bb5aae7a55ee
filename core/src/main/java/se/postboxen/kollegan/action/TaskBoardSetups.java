package se.postboxen.kollegan.action;

import java.util.Optional;

import se.postboxen.kollegan.tenant.TenantId;

/** Where each tenant's task board is, as its administrator set it. */
public interface TaskBoardSetups {

	Optional<TaskBoardSetup> find(TenantId tenantId);

	void save(TaskBoardSetup setup);

	/**
	 * @return whether there was one
	 */
	boolean remove(TenantId tenantId);

}
