package se.postboxen.kollegan.adapter.persistence.jobs;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.jobs.JobSchedule;

/**
 * Turns a schedule's tick into a job. The key names the tick, so two instances that both
 * saw it queue one job; a tick whose previous job is still pending is skipped, so a slow
 * run is never overlapped by the next.
 */
@Component
class ScheduledTicks {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledTicks.class);

	private final JobStore store;

	private final JobQueue queue;

	ScheduledTicks(JobStore store, JobQueue queue) {
		this.store = store;
		this.queue = queue;
	}

	void tick(JobSchedule schedule, Instant tick) {
		if (this.store.hasQueued(schedule.keyPrefix())) {
			logger.info("Schedule {} skipped its tick at {}: the previous run is still pending", schedule.name(), tick);
			return;
		}
		this.queue.enqueue(new JobRequest(new JobKey(schedule.keyPrefix() + tick.getEpochSecond()), schedule.payload(),
				null, null, tick));
	}

}
