package se.postboxen.kollegan.adapter.persistence.jobs;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How {@code agent-jobs} runs.
 *
 * @param workers whether this instance runs jobs at all (an instance that only serves
 * requests still queues them)
 * @param instanceName how this instance signs the jobs it runs; host and process id when
 * empty
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
 * @param historyRetention how long finished jobs and run history are kept
 * @param housekeepingCron when (UTC) they are removed
 */
@Validated
@ConfigurationProperties("kollegan.jobs")
public record JobsProperties(@DefaultValue("true") boolean workers, @Nullable String instanceName,
		@Min(1) @DefaultValue("10") int threads, @NotNull @DefaultValue("1s") Duration pollingInterval,
		@NotNull @DefaultValue("2s") Duration heartbeatInterval, @Min(4) @DefaultValue("10") int missedHeartbeatsLimit,
		@NotNull @DefaultValue("20s") Duration shutdownMaxWait, @NotNull @DefaultValue("30d") Duration historyRetention,
		@NotBlank @DefaultValue("0 30 2 * * *") String housekeepingCron) {

	String signature() {
		if (this.instanceName != null && !this.instanceName.isBlank()) {
			return this.instanceName;
		}
		String host;
		try {
			host = java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.net.UnknownHostException ex) {
			host = "kollegan";
		}
		return host + ":" + ProcessHandle.current().pid();
	}

}
