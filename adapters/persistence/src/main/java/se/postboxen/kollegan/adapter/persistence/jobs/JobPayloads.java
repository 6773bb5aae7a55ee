package se.postboxen.kollegan.adapter.persistence.jobs;

import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/**
 * Payloads as JSON, read back by the job's type so that only known payload classes are
 * ever built.
 */
final class JobPayloads {

	private static final JsonMapper json = JsonMapper.builder().build();

	private JobPayloads() {
	}

	static String write(JobPayload payload) {
		return json.writeValueAsString(payload);
	}

	static JobPayload read(JobType type, String payload) {
		return json.readValue(payload, type.payloadType());
	}

}
