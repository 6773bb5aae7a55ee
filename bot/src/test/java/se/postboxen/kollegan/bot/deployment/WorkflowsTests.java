package se.postboxen.kollegan.bot.deployment;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub workflows cannot run here, so their shape is checked instead: each parses,
 * and a tag releases only what passed the tests, staging before production, production
 * only through the {@code production} environment (whose required reviewers are the
 * approval, docs/deployment.md).
 */
class WorkflowsTests {

	private static final Path WORKFLOWS = Path.of("..", ".github", "workflows");

	@Test
	void pushesAndPullRequestsRunCiThroughDotCiRun() throws IOException {
		Map<String, Object> ci = workflow("ci.yml");

		assertThat(triggers(ci)).containsKeys("push", "pull_request", "workflow_call");
		assertThat(ci.toString()).contains("bash .ci/run");
	}

	@Test
	void aTagTestsPublishesThenDeploysToStagingAndOnlyThenToProduction() throws IOException {
		Map<String, Object> release = workflow("release.yml");
		Map<String, Object> jobs = map(release.get("jobs"));

		assertThat(at(triggers(release), "push", "tags")).isEqualTo(List.of("v*"));
		assertThat(map(jobs.get("test"))).containsEntry("uses", "./.github/workflows/ci.yml");
		assertThat(map(jobs.get("publish"))).containsEntry("needs", "test");
		assertThat(jobs.get("publish").toString()).contains("-Dimage.goal=build", "helm push");
		assertThat(map(jobs.get("staging"))).containsEntry("needs", "publish");
		assertThat(at(jobs, "staging", "with", "environment")).isEqualTo("staging");
		assertThat(at(jobs, "production", "needs")).isEqualTo(List.of("publish", "staging"));
		assertThat(at(jobs, "production", "with", "environment")).isEqualTo("production");
	}

	@Test
	void aDeploymentRunsInItsGitHubEnvironmentAndRollsBackWhenNotReady() throws IOException {
		Map<String, Object> deploy = workflow("deploy.yml");
		Map<String, Object> job = map(at(deploy, "jobs", "deploy"));

		assertThat(triggers(deploy)).containsKey("workflow_call");
		assertThat(job).containsEntry("environment", "${{ inputs.environment }}");
		assertThat(job.toString()).contains("helm upgrade --install", "--atomic", "--wait", "image.digest");
	}

	private static Map<String, Object> workflow(String name) throws IOException {
		try (Reader reader = Files.newBufferedReader(WORKFLOWS.resolve(name))) {
			Map<String, Object> workflow = new Yaml().load(reader);
			assertThat(workflow).as(name).containsKeys("name", "jobs");
			return workflow;
		}
	}

	/** YAML 1.1 (SnakeYAML) reads the key {@code on} as the boolean true. */
	private static Map<String, Object> triggers(Map<String, Object> workflow) {
		return map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE));
	}

	private static Object at(Map<String, Object> object, String... path) {
		Object current = object;
		for (String key : path) {
			current = (current instanceof Map<?, ?> map) ? map.get(key) : null;
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
