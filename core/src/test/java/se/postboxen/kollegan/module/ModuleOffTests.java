package se.postboxen.kollegan.module;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job that finds its module off is done, neither retried nor dead-lettered, and says
 * why at INFO.
 */
class ModuleOffTests {

	@Test
	void aJobThatFindsItsModuleOffIsDoneAndSaysWhyAtInfo() {
		TenantId tenant = TenantId.newId();
		try (ModuleOffLog log = new ModuleOffLog()) {

			JobOutcome outcome = ModuleOff.done(Module.TASK_BOARDS, tenant, "The push of action 42");

			assertThat(outcome).isEqualTo(JobOutcome.done());
			assertThat(log.lines()).containsExactly(
					"The push of action 42 left undone for tenant " + tenant + ": the module task-boards is off");
		}
	}

}
