package se.postboxen.kollegan.bot.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import se.postboxen.kollegan.bot.invite.InviteProperties;
import se.postboxen.kollegan.bot.meeting.VisibleMeetings;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.invite.InviteSettings;
import se.postboxen.kollegan.meeting.MeetingPage;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.Platform;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Users;

/**
 * The start page: the meetings of today and the six days after it that the user may see,
 * with how the agent got in, the consent level and the live status, filtered by status
 * and platform. A user with nothing to show is told how to get the agent into a meeting.
 */
@Controller
class OverviewController {

	static final Period WINDOW = Period.ofDays(7);

	static final int PAGE_SIZE = 50;

	private final VisibleMeetings visibleMeetings;

	private final ListedMeetings rows;

	private final CurrentUser currentUser;

	private final CurrentTenant currentTenant;

	private final Users users;

	private final InviteSettings invites;

	private final InviteProperties inviteProperties;

	private final Clock clock;

	OverviewController(VisibleMeetings visibleMeetings, ListedMeetings rows, CurrentUser currentUser,
			CurrentTenant currentTenant, Users users, InviteSettings invites, InviteProperties inviteProperties,
			Clock clock) {
		this.visibleMeetings = visibleMeetings;
		this.rows = rows;
		this.currentUser = currentUser;
		this.currentTenant = currentTenant;
		this.users = users;
		this.invites = invites;
		this.inviteProperties = inviteProperties;
		this.clock = clock;
	}

	/**
	 * The whole page, or only the meeting list for htmx (a filter applied, a meeting that
	 * appeared on the live stream).
	 */
	@GetMapping("/")
	String overview(@RequestParam(required = false) @Nullable MeetingStatus status,
			@RequestParam(required = false) @Nullable Platform platform, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Tenant tenant = this.currentTenant.get();
		LocalDate today = LocalDate.now(this.clock.withZone(tenant.timeZone()));
		Instant from = today.atStartOfDay(tenant.timeZone()).toInstant();
		Instant to = today.plus(WINDOW).atStartOfDay(tenant.timeZone()).toInstant();
		MeetingPage meetings = this.visibleMeetings.search(from, to, optional(status), optional(platform),
				Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("meetings", this.rows.of(tenant.id(), meetings.items()));
		model.addAttribute("page", meetings);
		model.addAttribute("firstDay", today);
		model.addAttribute("lastDay", today.plus(WINDOW).minusDays(1));
		model.addAttribute("status", status);
		model.addAttribute("platform", platform);
		model.addAttribute("filtered", status != null || platform != null);
		model.addAttribute("statuses", Arrays.asList(MeetingStatus.values()));
		model.addAttribute("platforms", Arrays.asList(Platform.values()));
		if (meetings.totalItems() == 0) {
			model.addAttribute("inviteAddress", inviteAddress().orElse(null));
		}
		return (htmx != null) ? "overview :: meetings" : "overview";
	}

	private static <T> Set<T> optional(@Nullable T value) {
		return (value != null) ? Set.of(value) : Set.of();
	}

	/** The user's own agent address, for a person registered with the tenant. */
	private Optional<String> inviteAddress() {
		KolleganUser user = this.currentUser.get();
		EmailAddress email = user.email();
		if (email == null) {
			return Optional.empty();
		}
		return this.users.findByEmail(user.tenantId(), email)
			.map(person -> this.invites.addressOf(person.tenantId(), person.id())
				.address(this.inviteProperties.domain())
				.value());
	}

}
