package se.postboxen.kollegan.bot.calendar.web;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.calendar.MicrosoftCalendarSync;
import se.postboxen.kollegan.calendar.MicrosoftConnection;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;

/**
 * Microsoft Graph change and lifecycle notifications for followed calendars. The
 * validation handshake echoes {@code validationToken} as plain text; a notification is
 * acted on only when its {@code clientState} matches the subscription's secret, and the
 * work is queued, so that Microsoft gets its answer within its 3 seconds (202).
 */
@RestController
class GraphNotificationController {

	/** Graph's tokens are short; anything longer is not from Graph. */
	private static final int MAX_VALIDATION_TOKEN = 1024;

	private static final Logger logger = LoggerFactory.getLogger(GraphNotificationController.class);

	private final MicrosoftCalendarSync microsoft;

	private final JobQueue jobs;

	private final Clock clock;

	private final ObjectReader reader;

	GraphNotificationController(MicrosoftCalendarSync microsoft, JobQueue jobs, Clock clock, JsonMapper json) {
		this.microsoft = microsoft;
		this.jobs = jobs;
		this.clock = clock;
		this.reader = json.readerFor(Notifications.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	@PostMapping(path = "/api/graph/notifications",
			produces = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> notifications(@RequestParam(required = false) @Nullable String validationToken,
			@RequestBody(required = false) byte @Nullable [] raw) {
		if (validationToken != null) {
			return validate(validationToken);
		}
		Notifications body = read(raw);
		int accepted = 0;
		for (Notification notification : notifications(body)) {
			MicrosoftConnection connection = this.microsoft
				.notified(notification.subscriptionId(), notification.clientState())
				.orElse(null);
			if (connection == null) {
				continue;
			}
			// Bursts of notifications within a second become one sync.
			this.jobs.enqueue(new JobRequest(
					new JobKey("calendar-sync:" + connection.userId().value() + ":ms-"
							+ this.clock.instant().getEpochSecond()),
					new JobPayload.CalendarSync(connection.tenantId(), connection.userId()), connection.tenantId(),
					null, this.clock.instant()));
			accepted++;
		}
		logger.info("Graph notifications: {} of {} accepted", accepted, notifications(body).size());
		return ResponseEntity.accepted().build();
	}

	@PostMapping(path = "/api/graph/lifecycle",
			produces = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> lifecycle(@RequestParam(required = false) @Nullable String validationToken,
			@RequestBody(required = false) byte @Nullable [] raw) {
		if (validationToken != null) {
			return validate(validationToken);
		}
		Notifications body = read(raw);
		for (Notification notification : notifications(body)) {
			if (notification.lifecycleEvent() == null
					|| this.microsoft.notified(notification.subscriptionId(), notification.clientState()).isEmpty()) {
				continue;
			}
			this.jobs.enqueue(new JobRequest(
					new JobKey("microsoft-lifecycle:" + notification.subscriptionId() + ":"
							+ notification.lifecycleEvent() + ":" + this.clock.instant().getEpochSecond()),
					new JobPayload.MicrosoftLifecycle(notification.subscriptionId(), notification.lifecycleEvent()),
					null, null, this.clock.instant()));
		}
		return ResponseEntity.accepted().build();
	}

	private static ResponseEntity<String> validate(String token) {
		if (token.isEmpty() || token.length() > MAX_VALIDATION_TOKEN) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body("");
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(token);
	}

	/**
	 * Graph's payload carries more than Kollegan reads (resource data, tenant, expiry);
	 * unknown fields are ignored here, unlike in Kollegan's own API.
	 */
	private Notifications read(byte @Nullable [] raw) {
		if (raw == null || raw.length == 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Neither validationToken nor notifications");
		}
		try {
			return this.reader.readValue(raw);
		}
		catch (JacksonException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a Graph notification");
		}
	}

	private static List<Notification> notifications(@Nullable Notifications body) {
		if (body == null || body.value() == null) {
			return List.of();
		}
		return body.value()
			.stream()
			.filter(n -> n != null && n.subscriptionId() != null && n.clientState() != null
					&& n.subscriptionId().length() <= 100 && n.subscriptionId().matches("[A-Za-z0-9-]+"))
			.toList();
	}

	record Notifications(@Nullable List<Notification> value) {

	}

	record Notification(String subscriptionId, String clientState, @Nullable String changeType,
			@Nullable String resource, @Nullable String lifecycleEvent) {

	}

}
