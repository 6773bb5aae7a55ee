package se.postboxen.kollegan.bot.observability;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.observability.Scrape.Sample;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code /actuator/prometheus} shows after real work: the outcomes the SLOs of
 * docs/slo.md are computed from, histogram buckets at the SLO thresholds, route templates
 * instead of paths, and only labels of low cardinality.
 */
@KolleganIntegrationTest
@WithLanguageModel
class MetricsIntegrationTests {

	private static final Pattern UUID = Pattern
		.compile("(?i).*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*");

	private static final Pattern EMAIL = Pattern.compile(".*[^@\\s]+@[^@\\s]+\\.[a-z]{2,}.*");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Scrape scrape;

	@BeforeEach
	void scrape() {
		Traffic.through(this.port);
		this.scrape = Scrape.of(this.port);
	}

	@Test
	void countsTheJoinAndTheConsentAnswersOfAnAttendedMeeting() {
		assertThat(this.scrape.sum("kollegan_meeting_joins_total", Map.of("outcome", "sent"))).isPositive();
		assertThat(this.scrape.sum("kollegan_meeting_joins_total", Map.of("outcome", "joined"))).isPositive();
		assertThat(this.scrape.find("kollegan_meeting_joins_total", Map.of()))
			.extracting(s -> s.labels().get("outcome"))
			.containsExactlyInAnyOrder("sent", "refused", "unavailable", "lobby", "joined", "not_admitted",
					"failed_retryable", "failed");
		assertThat(
				this.scrape.sum("kollegan_consent_answers_total", Map.of("answer", "ACCEPTED", "channel", "SANDBOX")))
			.isPositive();
		assertThat(this.scrape.find("kollegan_consent_answers_total", Map.of())).as("every combination, from start")
			.hasSize(2 * 3 * 6);
	}

	@Test
	void showsTheQueueByTypeAndState() {
		assertThat(this.scrape.find("kollegan_jobs_queued", Map.of("type", "JOIN_MEETING", "state", "scheduled")))
			.singleElement()
			.satisfies(join -> assertThat(join.value()).as("next week's join").isPositive());
		assertThat(this.scrape.find("kollegan_jobs_queued", Map.of("type", "JOIN_MEETING", "state", "ready")))
			.hasSize(1);
		assertThat(this.scrape.find("kollegan_jobs_oldest_ready_seconds", Map.of("type", "NUDGE_ACTION")))
			.singleElement()
			.satisfies(nudges -> assertThat(nudges.value()).isNotNaN().isNotNegative());
		assertThat(this.scrape.find("kollegan_jobs_dead", Map.of("type", "NUDGE_ACTION"))).hasSize(1);
	}

	@Test
	void theModelsCostAndFallbacksAreCounted() {
		assertThat(this.scrape.sum("kollegan_llm_fallbacks_total", Map.of("model", "unreachable"))).isPositive();
		assertThat(this.scrape.find("kollegan_meeting_cost_count", Map.of("model", "unreachable"))).hasSize(1);
	}

	@Test
	void publishesBucketsAtTheSloThresholds() {
		assertThat(this.scrape.find("http_server_requests_seconds_bucket",
				Map.of("uri", "/api/agents/meetings/{id}", "status", "200")))
			.extracting(bucket -> bucket.labels().get("le"))
			.contains("0.25", "0.5", "1.0", "+Inf");
		assertThat(this.scrape.find("kollegan_job_lateness_seconds_bucket", Map.of("type", "JOIN_MEETING")))
			.extracting(bucket -> bucket.labels().get("le"))
			.contains("60.0", "300.0", "+Inf");
		assertThat(
				this.scrape.find("kollegan_job_run_duration_seconds_bucket", Map.of("type", "POST_MEETING_ANALYSIS")))
			.extracting(bucket -> bucket.labels().get("le"))
			.contains("30.0", "+Inf");
		assertThat(this.scrape.find("kollegan_meeting_cost_bucket", Map.of()))
			.extracting(bucket -> bucket.labels().get("le"))
			.contains("5.0", "+Inf");
	}

	@Test
	void namesRequestsByTheirRouteTemplateNotTheirPath() {
		List<String> uris = this.scrape.find("http_server_requests_seconds_count", Map.of())
			.stream()
			.map(sample -> sample.labels().get("uri"))
			.toList();

		assertThat(uris).contains("/api/agents/meetings/{id}", "/api/agents/meetings/{id}/recap")
			.noneMatch(uri -> UUID.matcher(uri).matches())
			.noneMatch(uri -> uri.contains("not-an-id"));
	}

	@Test
	void labelsNameNoIdAddressOrTenant() {
		Set<String> tenants = new HashSet<>(
				this.jdbc.sql("SELECT id::text FROM tenant UNION SELECT slug FROM tenant UNION SELECT name FROM tenant")
					.query(String.class)
					.list());
		assertThat(tenants).as("the demo tenants").isNotEmpty();
		assertThat(this.scrape.samples()).as("samples").hasSizeGreaterThan(500);

		for (Sample sample : this.scrape.samples()) {
			sample.labels().forEach((label, value) -> {
				assertThat(UUID.matcher(value).matches())
					.as("%s{%s=\"%s\"} looks like an id", sample.name(), label, value)
					.isFalse();
				assertThat(EMAIL.matcher(value).matches())
					.as("%s{%s=\"%s\"} looks like an e-mail address", sample.name(), label, value)
					.isFalse();
				assertThat(tenants).as("%s{%s=\"%s\"} names a tenant", sample.name(), label, value)
					.doesNotContain(value);
			});
		}
	}

}
