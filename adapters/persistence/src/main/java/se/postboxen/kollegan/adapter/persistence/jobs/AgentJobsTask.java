package se.postboxen.kollegan.adapter.persistence.jobs;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import se.postboxen.kollegan.jobs.JobSchedule;

/**
 * The db-scheduler tasks behind {@code agent-jobs}: the one task whose instances are job
 * ids, one recurring task per {@link JobSchedule}, and the nightly housekeeping. Also the
 * client that schedules executions and the workers that run them; both use a transaction
 * aware data source, so scheduling joins the caller's transaction. The workers start once
 * the application is up and stop with it, letting running jobs finish (the rest are
 * revived elsewhere).
 * <p>
 * The workers tell time by the application's {@link Clock}, as everything that queues a
 * job does: a job is due when that clock reaches its {@code due_at}, and heartbeats,
 * dead-worker detection and recurring schedules follow the same clock. So a clock moved
 * forward (a test's "48 hours later") makes exactly the jobs due that would be due then,
 * and the real workers run them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
class AgentJobsTask {

	static final String NAME = "agent-jobs";

	/** All of agent-jobs' db-scheduler tasks, and which of them recur. */
	record AgentJobTasks(List<Task<?>> all, List<RecurringTask<Void>> recurring) {

	}

	@Bean
	AgentJobTasks agentJobTasks(JobWorker worker, ScheduledTicks ticks, ObjectProvider<JobSchedule> schedules,
			JobStore store, JobsProperties properties, Clock clock) {
		List<Task<?>> all = new ArrayList<>();
		List<RecurringTask<Void>> recurring = new ArrayList<>();
		// A job whose worker died (no heartbeat) is revived on another instance.
		all.add(Tasks.custom(NAME, Void.class)
			.onDeadExecutionRevive()
			.execute((instance, context) -> worker.run(UUID.fromString(instance.getId()))));
		schedules.orderedStream()
			.map(schedule -> Tasks
				.recurring("schedule-" + schedule.name(), Schedules.cron(schedule.cron(), schedule.zone()))
				.execute((instance, context) -> ticks.tick(schedule, context.getExecution().executionTime)))
			.forEach(recurring::add);
		recurring
			.add(Tasks.recurring(NAME + "-housekeeping", Schedules.cron(properties.housekeepingCron(), ZoneOffset.UTC))
				.execute((instance, context) -> store
					.deleteFinishedBefore(clock.instant().minus(properties.historyRetention()))));
		all.addAll(recurring);
		return new AgentJobTasks(List.copyOf(all), List.copyOf(recurring));
	}

	@Bean
	SchedulerClient agentJobsClient(DataSource dataSource, AgentJobTasks tasks) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks.all()).build();
	}

	@Bean
	SmartLifecycle agentJobsWorkers(DataSource dataSource, AgentJobTasks tasks, JobsProperties properties,
			Clock clock) {
		return new SmartLifecycle() {

			private volatile @Nullable Scheduler scheduler;

			@Override
			public void start() {
				if (!properties.workers()) {
					return;
				}
				// db-scheduler cannot restart a stopped scheduler: each start builds a
				// new one.
				Scheduler started = Scheduler
					.create(new TransactionAwareDataSourceProxy(dataSource),
							tasks.all().stream().filter(task -> !tasks.recurring().contains(task)).toList())
					// Recurring tasks are known to the scheduler through startTasks only.
					.startTasks(tasks.recurring())
					.threads(properties.threads())
					.pollingInterval(properties.pollingInterval())
					// SELECT … FOR UPDATE SKIP LOCKED in batches: Postgres can, and it is
					// far
					// faster than locking each due execution on its own.
					.pollUsingLockAndFetch(0.5, 1.0)
					.heartbeatInterval(properties.heartbeatInterval())
					.missedHeartbeatsLimit(properties.missedHeartbeatsLimit())
					.shutdownMaxWait(properties.shutdownMaxWait())
					.schedulerName(new SchedulerName.Fixed(properties.signature()))
					.clock(clock::instant)
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
