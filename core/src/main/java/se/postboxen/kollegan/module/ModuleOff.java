package se.postboxen.kollegan.module;

import java.lang.System.Logger.Level;

import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Work of a module that finds the module switched off for its tenant: left undone, and
 * neither retried nor failed, since nothing is wrong. What the module keeps stays, and
 * its work resumes once the module is on again. Said at INFO, so that "why did nothing
 * happen" has an answer in the log. Logged through the JDK's own logger, since core
 * depends on plain Java only; the application routes it to its log.
 */
public final class ModuleOff {

	private static final System.Logger logger = System.getLogger(ModuleOff.class.getName());

	private ModuleOff() {
	}

	/**
	 * Says that {@code work} was left undone for the tenant, and why.
	 * @param work what was not done, naming ids only, never a person or a secret
	 */
	public static void skipped(Module module, TenantId tenantId, String work) {
		logger.log(Level.INFO,
				() -> work + " left undone for tenant " + tenantId + ": the module " + module.wireName() + " is off");
	}

	/**
	 * What a job that finds its module off comes to: done (not retried, not
	 * dead-lettered), with the line {@link #skipped} writes.
	 * @param work what the job would have done, naming ids only
	 */
	public static JobOutcome done(Module module, TenantId tenantId, String work) {
		skipped(module, tenantId, work);
		return JobOutcome.done();
	}

}
