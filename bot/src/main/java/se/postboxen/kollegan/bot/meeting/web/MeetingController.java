package se.postboxen.kollegan.bot.meeting.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.meeting.VisibleMeetings;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.bot.web.InvalidRequestException;
import se.postboxen.kollegan.bot.web.Problems.FieldError;
import se.postboxen.kollegan.meeting.Booking;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.Platform;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.Tenant;

/**
 * Meetings the agent attends: schedule one, read one, list a window of them, cancel one.
 * Administrators and auditors see all of their tenant's meetings, members those that
 * concern them.
 */
@RestController
@RequestMapping(path = "/api/agents/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
class MeetingController {

	/** The list's default window: the coming week, as the dashboard shows it. */
	static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

	private final MeetingScheduling scheduling;

	private final CurrentTenant currentTenant;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final VisibleMeetings visibleMeetings;

	MeetingController(MeetingScheduling scheduling, CurrentTenant currentTenant, CurrentUser currentUser, Clock clock,
			VisibleMeetings visibleMeetings) {
		this.visibleMeetings = visibleMeetings;
		this.scheduling = scheduling;
		this.currentTenant = currentTenant;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> schedule(@Valid @RequestBody ScheduleMeetingRequest request, UriComponentsBuilder uris) {
		Tenant tenant = this.currentTenant.get();
		KolleganUser user = this.currentUser.get();
		ZoneId zone = (request.timeZone() != null) ? ZoneId.of(request.timeZone()) : tenant.timeZone();
		Person organizer = (request.organizerEmail() != null || request.organizerName() != null)
				? Person.of(request.organizerName(), request.organizerEmail()) : null;
		List<Person> participants = (request.participants() != null)
				? request.participants().stream().map(p -> Person.of(p.name(), p.email())).toList() : List.of();
		Booking booking = this.scheduling.schedule(new ScheduleMeeting(tenant.id(), Actor.user(user.subject()),
				user.email(), request.title(), request.platform(), URI.create(request.joinUrl()),
				request.startsAt().atZoneSameInstant(zone), request.endsAt().atZoneSameInstant(zone), organizer,
				participants, ExternalIds.NONE, 0, BookingChannel.API));
		if (booking.outcome() == Booking.Outcome.NOT_YOURS) {
			// Someone else's meeting at that link and time: the agent attends it already,
			// and nothing of it is shown to this caller.
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.ALREADY_BOOKED.detail(HttpStatus.CONFLICT,
						"Kollegan deltar redan i ett möte med den länken och tiden / Kollegan already attends a "
								+ "meeting with that link and time"));
		}
		Meeting meeting = booking.meeting();
		URI location = uris.path("/api/agents/meetings/{id}").buildAndExpand(meeting.id().value()).toUri();
		// The same meeting asked for twice is one meeting: 200 with it, not a second one.
		return (booking.outcome() == Booking.Outcome.SCHEDULED)
				? ResponseEntity.created(location).body(MeetingResponse.of(meeting))
				: ResponseEntity.ok().location(location).body(MeetingResponse.of(meeting));
	}

	@GetMapping("/{id}/status")
	StatusResponse status(@PathVariable UUID id) {
		return StatusResponse.of(this.visibleMeetings.get(new MeetingId(id)), this.clock.instant());
	}

	@GetMapping("/{id}")
	MeetingResponse get(@PathVariable UUID id) {
		return MeetingResponse.of(this.visibleMeetings.get(new MeetingId(id)));
	}

	@PostMapping("/{id}/cancel")
	MeetingResponse cancel(@PathVariable UUID id) {
		Meeting meeting = this.visibleMeetings.get(new MeetingId(id));
		return MeetingResponse
			.of(this.scheduling.cancel(meeting.tenantId(), meeting.id(), Actor.user(this.currentUser.get().subject())));
	}

	@GetMapping
	MeetingPageResponse list(
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime to,
			@RequestParam(required = false) @Size(max = 9) @Nullable Set<MeetingStatus> status,
			@RequestParam(required = false) @Size(max = 5) @Nullable Set<Platform> platform,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MeetingSearch.MAX_PAGE_SIZE) int size) {
		Instant start = (from != null) ? from.toInstant() : this.clock.instant();
		Instant end = (to != null) ? to.toInstant() : start.plus(DEFAULT_WINDOW);
		List<FieldError> errors = new ArrayList<>();
		if (!end.isAfter(start)) {
			errors.add(new FieldError("to", "måste vara efter from / must be after from"));
		}
		else if (Duration.between(start, end).compareTo(MeetingSearch.MAX_WINDOW) > 0) {
			errors.add(new FieldError("to", "högst " + MeetingSearch.MAX_WINDOW.toDays()
					+ " dagar efter from / at most " + MeetingSearch.MAX_WINDOW.toDays() + " days after from"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return MeetingPageResponse.of(this.visibleMeetings.search(start, end, (status != null) ? status : Set.of(),
				(platform != null) ? platform : Set.of(), page, size), start, end);
	}

}
