package se.postboxen.kollegan.bot.observability;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromQlTests {

	@Test
	void readsTheMetricsAndRecordingRulesOfAnExpressionButNotItsFunctionsLabelsOrDurations() {
		assertThat(PromQl.metricNames(
				"""
						sum by (type, le) (rate(kollegan_job_lateness_seconds_bucket{type=~"JOIN_.+", le="15.0"}[$__rate_interval]))
						/ on () group_left sum without (instance) (increase(http_server_requests_seconds_count{uri="/a/{id}"}[1d] offset 1h))
						> bool 1e3 unless absent(up{job="kollegan"}) and kollegan:llm_budget_sek:per_day or vector(5)
						"""))
			.containsExactly("http_server_requests_seconds_count", "kollegan:llm_budget_sek:per_day",
					"kollegan_job_lateness_seconds_bucket", "up");
	}

	@Test
	void readsTheBucketBoundsAnExpressionAsksFor() {
		assertThat(PromQl.bucketBounds("rate(x_bucket{le=\"0.5\"}[5m]) / rate(x_bucket{a=\"b\", le=\"1.0\"}[5m])"))
			.isEqualTo(Map.of("x_bucket", Set.of("0.5", "1.0")));
	}

}
