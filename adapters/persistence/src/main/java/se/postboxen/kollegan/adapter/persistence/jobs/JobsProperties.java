package se.postboxen.kollegan.adapter.persistence.jobs;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How {@code agent-jobs} runs.
 *
 * @param threads jobs one instance runs at once
 * @param pollingInterval how often an instance looks for due jobs; a job starts at most
 * about this late
 * @param heartbeatInterval how often a running job's instance says it is alive
 * @param missedHeartbeatsLimit heartbeats missed before another instance takes the job
 * over (db-scheduler asks for at least 4): a killed worker's jobs resume after about
 * {@code heartbeatInterval ×
 * missedHeartbeatsLimit}
 * @param shutdownMaxWait how long a stopping instance lets running jobs finish before
 * leaving them to be taken over
 */
@Validated
@ConfigurationProperties("kollegan.jobs")
public record JobsProperties(@Min(1) @DefaultValue("10") int threads,
		@NotNull @DefaultValue("1s") Duration pollingInterval, @NotNull @DefaultValue("5s") Duration heartbeatInterval,
		@Min(4) @DefaultValue("4") int missedHeartbeatsLimit, @NotNull @DefaultValue("20s") Duration shutdownMaxWait) {

}
