package se.postboxen.kollegan.adapter.persistence;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobSchedule;
import se.postboxen.kollegan.jobs.JobType;

/**
 * The smallest application that boots the adapter as the bot does: by auto-configuration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PersistenceTestApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ScriptedJobs.Handler pushActions() {
		return new ScriptedJobs.Handler(JobType.PUSH_ACTION);
	}

	/** A schedule ticking every second, for the tests of schedules across instances. */
	@Bean
	@ConditionalOnBooleanProperty("kollegan.test.every-second")
	JobSchedule everySecond() {
		return new JobSchedule("every-second", "* * * * * *", ZoneOffset.UTC,
				new JobPayload.PushAction(new ActionItemId(new UUID(0, 1))));
	}

	/**
	 * Joins that take a while and leave one side-effect row per job key, as an idempotent
	 * handler would: the tests of killed workers count these rows.
	 */
	@Bean
	@ConditionalOnBooleanProperty("kollegan.test.side-effects")
	JobHandler<JobPayload.JoinMeeting> sideEffects(JdbcClient jdbc) {
		return new JobHandler<>() {
			@Override
			public JobType type() {
				return JobType.JOIN_MEETING;
			}

			@Override
			public JobOutcome handle(JobPayload.JoinMeeting payload, JobContext context) {
				// The database stands in for a slow upstream call.
				jdbc.sql("SELECT pg_sleep(0.1)").query().singleValue();
				jdbc.sql("INSERT INTO job_side_effect (job_key, runs) VALUES (:key, 1) "
						+ "ON CONFLICT (job_key) DO UPDATE SET runs = job_side_effect.runs + 1")
					.param("key", context.sideEffectKey())
					.update();
				return JobOutcome.done();
			}
		};
	}

}
