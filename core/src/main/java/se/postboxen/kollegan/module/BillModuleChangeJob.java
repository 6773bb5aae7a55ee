package se.postboxen.kollegan.module;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/**
 * Tells the customer's billing of one switch in the module shop
 * ({@link ModuleShop#bill}).
 */
public final class BillModuleChangeJob implements JobHandler<JobPayload.BillModuleChange> {

	private final ModuleShop shop;

	public BillModuleChangeJob(ModuleShop shop) {
		this.shop = shop;
	}

	@Override
	public JobType type() {
		return JobType.BILL_MODULE_CHANGE;
	}

	@Override
	public JobOutcome handle(JobPayload.BillModuleChange payload, JobContext context) {
		return this.shop.bill(payload);
	}

}
