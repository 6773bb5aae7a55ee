package se.postboxen.kollegan.bot.jobs.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.web.JobNotFoundException;
import se.postboxen.kollegan.jobs.DeadJob;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The tenant's dead-letter queue: jobs that used up their attempts or failed for good,
 * for an administrator to retry (once, with fresh attempts) or discard.
 */
@RestController
@RequestMapping(path = "/api/admin/jobs/dead", produces = MediaType.APPLICATION_JSON_VALUE)
class DeadJobController {

	private final JobQueue queue;

	private final CurrentUser currentUser;

	DeadJobController(JobQueue queue, CurrentUser currentUser) {
		this.queue = queue;
		this.currentUser = currentUser;
	}

	@GetMapping
	List<DeadJobResponse> list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return this.queue.dead(tenant(), limit).stream().map(DeadJobResponse::of).toList();
	}

	@PostMapping("/{id}/retry")
	RetriedResponse retry(@PathVariable UUID id) {
		return this.queue.retryDead(tenant(), id)
			.map(key -> new RetriedResponse(id, key.value()))
			.orElseThrow(JobNotFoundException::new);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		if (!this.queue.deleteDead(tenant(), id)) {
			throw new JobNotFoundException();
		}
		return ResponseEntity.noContent().build();
	}

	private TenantId tenant() {
		return this.currentUser.get().tenantId();
	}

	record DeadJobResponse(UUID id, String key, String type, int attempts, String lastError, String stackHash,
			Instant diedAt) {

		static DeadJobResponse of(DeadJob job) {
			return new DeadJobResponse(job.id(), job.key().value(), job.type().name(), job.attempts(), job.lastError(),
					job.stackHash(), job.diedAt());
		}

	}

	record RetriedResponse(UUID id, String key) {

	}

}
