package se.postboxen.kollegan.bot.calendar.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.tenant.CurrentPerson;
import se.postboxen.kollegan.bot.web.constraints.SingleLine;
import se.postboxen.kollegan.calendar.CalendarConnection;
import se.postboxen.kollegan.calendar.CalendarSettings;
import se.postboxen.kollegan.calendar.CalendarSync;
import se.postboxen.kollegan.calendar.MicrosoftCalendarSync;
import se.postboxen.kollegan.calendar.SyncReport;
import se.postboxen.kollegan.tenant.User;

/**
 * The one toggle: the agent joins every online meeting in the signed-in user's calendar.
 * Also the user's own always-on labels and, without Microsoft 365, the secret ICS address
 * of their calendar (never shown back: only whether one is set).
 */
@RestController
@RequestMapping(path = "/api/agents/calendar-autojoin", produces = MediaType.APPLICATION_JSON_VALUE)
class CalendarAutoJoinController {

	private final CalendarSync sync;

	private final CalendarSettings settings;

	private final CurrentPerson currentPerson;

	private final CurrentUser currentUser;

	private final MicrosoftCalendarSync microsoft;

	CalendarAutoJoinController(CalendarSync sync, CalendarSettings settings, CurrentPerson currentPerson,
			CurrentUser currentUser, MicrosoftCalendarSync microsoft) {
		this.sync = sync;
		this.settings = settings;
		this.microsoft = microsoft;
		this.currentPerson = currentPerson;
		this.currentUser = currentUser;
	}

	@GetMapping
	AutoJoinState get() {
		User user = this.currentPerson.get();
		return state(user, this.sync.connection(user.tenantId(), user.id()));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	AutoJoinState change(@Valid @RequestBody AutoJoinRequest request) {
		User user = this.currentPerson.get();
		CalendarConnection connection = this.settings.change(user.tenantId(), user.id(), request.enabled(),
				(request.labels() != null) ? request.labels() : List.of(), feed(request.icsFeedUrl()),
				feed(request.alwaysOnIcsFeedUrl()), Actor.user(this.currentUser.get().subject()));
		return state(user, connection);
	}

	private AutoJoinState state(User user, CalendarConnection connection) {
		return new AutoJoinState(connection.autoJoin(), connection.labels(), connection.feedUrl() != null,
				connection.alwaysOnFeedUrl() != null, this.microsoft.available(user.tenantId()),
				this.microsoft.connection(user.tenantId(), user.id()).isPresent(), LastSync.of(connection.lastSync()));
	}

	/** Absent keeps the stored feed, an empty string removes it. */
	private static @Nullable Optional<URI> feed(@Nullable String url) {
		return (url == null) ? null : Optional.of(url).filter(u -> !u.isBlank()).map(URI::create);
	}

	/**
	 * @param icsFeedUrl the calendar's secret ICS address; absent keeps the one set, an
	 * empty string removes it
	 * @param alwaysOnIcsFeedUrl the same for a calendar marked always-on (every online
	 * meeting in it gets the agent)
	 */
	record AutoJoinRequest(@NotNull Boolean enabled,
			@Nullable @Size(max = CalendarSync.MAX_LABELS) List<@NotBlank @Size(
					max = CalendarSync.MAX_LABEL_LENGTH) @SingleLine @Pattern(regexp = "^[^,]*$",
							message = "får inte innehålla kommatecken / must not contain commas") String> labels,
			@Nullable @Size(max = 2048) @Pattern(regexp = FEED, message = FEED_MESSAGE) String icsFeedUrl,
			@Nullable @Size(max = 2048) @Pattern(regexp = FEED, message = FEED_MESSAGE) String alwaysOnIcsFeedUrl) {

		static final String FEED = "^$|^(https|webcal)://[^\\s@/]+(/\\S*)?$";

		static final String FEED_MESSAGE = "måste vara en https-adress / must be an https address";

	}

	record LastSync(OffsetDateTime at, int eventsSeen, int meetingsFound, @Nullable String error) {

		static @Nullable LastSync of(@Nullable SyncReport report) {
			return (report != null) ? new LastSync(report.at().atOffset(ZoneOffset.UTC), report.eventsSeen(),
					report.meetingsFound(), report.error()) : null;
		}

	}

	/**
	 * @param microsoft365Available the organisation is connected to Microsoft 365, so the
	 * calendar is read from there
	 * @param microsoft365Connected Kollegan follows this user's Microsoft 365 calendar
	 */
	record AutoJoinState(boolean enabled, List<String> labels, boolean icsFeedConfigured,
			boolean alwaysOnIcsFeedConfigured, boolean microsoft365Available, boolean microsoft365Connected,
			@Nullable LastSync lastSync) {

	}

}
