package se.postboxen.kollegan.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/**
 * A job handler whose behaviour each test scripts per job key, and which records every
 * run. Static, because a test may run two application instances whose handlers report to
 * the same place.
 */
public final class ScriptedJobs {

	/** Runs per job key, with the attempt number and start time of each. */
	public static final Map<String, List<Run>> RUNS = new ConcurrentHashMap<>();

	private static final Map<String, Function<JobContext, JobOutcome>> SCRIPTS = new ConcurrentHashMap<>();

	public record Run(int attempt, Instant at) {

	}

	private ScriptedJobs() {
	}

	/** What runs of this key do; unscripted keys succeed. */
	public static void script(String key, Function<JobContext, JobOutcome> behaviour) {
		SCRIPTS.put(key, behaviour);
	}

	public static List<Run> runs(String key) {
		return new ArrayList<>(RUNS.getOrDefault(key, List.of()));
	}

	public static final class Handler implements JobHandler<JobPayload> {

		private final JobType type;

		public Handler(JobType type) {
			this.type = type;
		}

		@Override
		public JobType type() {
			return this.type;
		}

		@Override
		public JobOutcome handle(JobPayload payload, JobContext context) {
			RUNS.computeIfAbsent(context.key().value(), k -> new CopyOnWriteArrayList<>())
				.add(new Run(context.attempt(), Instant.now()));
			return SCRIPTS.getOrDefault(context.key().value(), c -> JobOutcome.done()).apply(context);
		}

	}

}
