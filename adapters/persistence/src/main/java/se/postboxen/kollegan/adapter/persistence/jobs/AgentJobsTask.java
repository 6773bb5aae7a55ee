package se.postboxen.kollegan.adapter.persistence.jobs;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The one db-scheduler task behind {@code agent-jobs} (its instances are job ids), the
 * client that schedules executions and the workers that run them. Both use a transaction
 * aware data source, so scheduling joins the caller's transaction. The workers start once
 * the application is up and stop with it, letting running jobs finish (the rest are
 * revived elsewhere); a stopped application can start them again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
class AgentJobsTask {

	static final String NAME = "agent-jobs";

	@Bean
	CustomTask<Void> agentJobs(JobWorker worker) {
		// A job whose worker died (no heartbeat) is revived on another instance.
		return Tasks.custom(NAME, Void.class)
			.onDeadExecutionRevive()
			.execute((instance, context) -> worker.run(UUID.fromString(instance.getId())));
	}

	@Bean
	SchedulerClient agentJobsClient(DataSource dataSource, List<Task<?>> tasks) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks).build();
	}

	@Bean
	SmartLifecycle agentJobsWorkers(DataSource dataSource, List<Task<?>> tasks, JobsProperties properties) {
		return new SmartLifecycle() {

			private volatile @Nullable Scheduler scheduler;

			@Override
			public void start() {
				// db-scheduler cannot restart a stopped scheduler: each start builds a
				// new one.
				Scheduler started = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
					.threads(properties.threads())
					.pollingInterval(properties.pollingInterval())
					.heartbeatInterval(properties.heartbeatInterval())
					.missedHeartbeatsLimit(properties.missedHeartbeatsLimit())
					.shutdownMaxWait(properties.shutdownMaxWait())
					.build();
				started.start();
				this.scheduler = started;
			}

			@Override
			public void stop() {
				Scheduler running = this.scheduler;
				if (running != null) {
					running.stop();
					this.scheduler = null;
				}
			}

			@Override
			public boolean isRunning() {
				return this.scheduler != null;
			}

		};
	}

}
