package se.postboxen.kollegan.bot.jobs;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * agent-jobs inside the application: a job runs, shows in the metrics, and lands in the
 * tenant's dead-letter queue where an administrator can see, retry and delete it. (A Zoom
 * chat command where no Zoom chatbot is configured fails permanently: the path of any job
 * that cannot succeed, without touching the tenant's data.)
 */
@KolleganIntegrationTest
class AgentJobsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JobQueue queue;

	@Autowired
	Tenants tenants;

	private String deadJobOfDemoA() {
		TenantId tenant = this.tenants.findBySlug("demo-a").orElseThrow().id();
		String key = "test:" + UUID.randomUUID();
		this.queue.enqueue(new JobRequest(new JobKey(key), new JobPayload.ChatCommandReceived(ChatPlatformKind.ZOOM,
				null, null, null, "hjälp", "zoom-reply-to", null, "sv"), tenant, null, Instant.now()));
		Api admin = Api.as(this.port, "demo-a-admin");
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			for (JsonNode job : Api.json(admin.get("/api/admin/jobs/dead"))) {
				if (job.get("key").asString().equals(key)) {
					return job.get("id").asString();
				}
			}
			return null;
		}, id -> id != null);
	}

	@Test
	void aJobThatRanShowsInTheFiveQueueMetrics() {
		deadJobOfDemoA();

		String metrics = Api.anonymous(this.port).get("/actuator/prometheus").body();

		assertThat(metrics).contains("kollegan_jobs_enqueued_total{")
			.contains("kollegan_jobs_completed_total{")
			.contains("kollegan_job_run_duration_seconds_bucket{")
			.contains("kollegan_jobs_dead{")
			.contains("kollegan_job_lateness_seconds_bucket{");
		assertThat(metrics.lines().filter(line -> line.startsWith("kollegan_jobs_completed_total{")))
			.anyMatch(line -> line.contains("outcome=\"dead\"") && line.contains("type=\"CHAT_COMMAND\""));
		assertThat(metrics.lines().filter(line -> line.startsWith("kollegan_job")))
			.noneMatch(line -> line.contains("tenant") || line.contains("key="));
	}

	@Test
	void anAdministratorSeesRetriesAndDeletesDeadJobs() {
		Api admin = Api.as(this.port, "demo-a-admin");
		String id = deadJobOfDemoA();

		JsonNode listed = Api.json(admin.get("/api/admin/jobs/dead"));
		assertThat(listed.valueStream().filter(job -> job.get("id").asString().equals(id)).findFirst())
			.hasValueSatisfying(job -> {
				assertThat(job.get("type").asString()).isEqualTo("CHAT_COMMAND");
				assertThat(job.get("lastError").asString()).contains("no ZOOM connection");
			});

		HttpResponse<String> retried = admin.postJson("/api/admin/jobs/dead/" + id + "/retry", "");
		assertThat(retried.statusCode()).isEqualTo(200);
		assertThat(admin.postJson("/api/admin/jobs/dead/" + id + "/retry", "").statusCode())
			.as("retried once: it is queued, not dead")
			.isEqualTo(404);
		await().atMost(Duration.ofSeconds(20)).until(() -> admin.get("/api/admin/jobs/dead").body().contains(id));

		assertThat(admin.method("DELETE", "/api/admin/jobs/dead/" + id).statusCode()).isEqualTo(204);
		assertThat(admin.get("/api/admin/jobs/dead").body()).doesNotContain(id);
		assertThat(admin.method("DELETE", "/api/admin/jobs/dead/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void onlyAnAdministratorOfTheSameTenantReachesTheDeadLetterQueue() {
		String id = deadJobOfDemoA();

		assertThat(Api.as(this.port, "demo-a-member").get("/api/admin/jobs/dead").statusCode()).isEqualTo(403);
		assertThat(Api.as(this.port, "demo-a-auditor").get("/api/admin/jobs/dead").statusCode()).isEqualTo(403);
		Api otherAdmin = Api.as(this.port, "demo-b-admin");
		assertThat(otherAdmin.get("/api/admin/jobs/dead").body()).doesNotContain(id);
		assertThat(otherAdmin.postJson("/api/admin/jobs/dead/" + id + "/retry", "").statusCode()).isEqualTo(404);
		assertThat(otherAdmin.method("DELETE", "/api/admin/jobs/dead/" + id).statusCode()).isEqualTo(404);
	}

}
