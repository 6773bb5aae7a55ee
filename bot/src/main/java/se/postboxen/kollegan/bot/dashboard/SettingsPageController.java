package se.postboxen.kollegan.bot.dashboard;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.invite.InviteProperties;
import se.postboxen.kollegan.bot.offboarding.OffboardingProperties;
import se.postboxen.kollegan.bot.chat.slack.SlackDisconnection;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.calendar.CalendarConnection;
import se.postboxen.kollegan.calendar.CalendarSettings;
import se.postboxen.kollegan.calendar.CalendarSync;
import se.postboxen.kollegan.calendar.MicrosoftCalendarSync;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.invite.InviteSettings;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleShop;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.retention.LegalHold;
import se.postboxen.kollegan.retention.RetentionKind;
import se.postboxen.kollegan.retention.RetentionPolicy;
import se.postboxen.kollegan.retention.RetentionSettings;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantSettings;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.Users;

/**
 * The settings page: everyone's own invite address and calendar; for administrators (to
 * change) and auditors (to read) the organisation's calendar labels, default consent
 * level, integrations, modules, retention and verified domains. Sections the user's roles
 * do not reach are not rendered, and a change to one is refused with the 403 page. Every
 * change goes through the use case its API endpoint uses. A form with a bad value comes
 * back with the value and what is wrong with it beside the field, and nothing is saved.
 */
@Controller
class SettingsPageController {

	/** The page's sections, as anchors; {@code /settings/<section>} leads to them. */
	static final Set<String> SECTIONS = Set.of("invite-address", "calendar", "consent", "integrations", "modules",
			"retention", "domains");

	/** The flash attribute naming the section whose form the notice answers. */
	static final String NOTICE_SECTION = "noticeSection";

	/** A retention period as typed: whole days, short enough to be an int. */
	private static final Pattern DAYS = Pattern.compile("^\\d{1,6}$");

	private final CurrentUser currentUser;

	private final CurrentTenant currentTenant;

	private final Users users;

	private final InviteSettings invites;

	private final InviteProperties inviteProperties;

	private final CalendarSync calendars;

	private final CalendarSettings calendarSettings;

	private final MicrosoftCalendarSync microsoft;

	private final TenantSettings tenantSettings;

	private final Installation installation;

	private final OffboardingProperties offboarding;

	private final SlackDisconnection slack;

	private final ModuleShop modules;

	private final RetentionSettings retention;

	SettingsPageController(CurrentUser currentUser, CurrentTenant currentTenant, Users users, InviteSettings invites,
			InviteProperties inviteProperties, CalendarSync calendars, CalendarSettings calendarSettings,
			MicrosoftCalendarSync microsoft, TenantSettings tenantSettings, Installation installation,
			OffboardingProperties offboarding, SlackDisconnection slack, ModuleShop modules,
			RetentionSettings retention) {
		this.retention = retention;
		this.currentUser = currentUser;
		this.currentTenant = currentTenant;
		this.users = users;
		this.invites = invites;
		this.inviteProperties = inviteProperties;
		this.calendars = calendars;
		this.calendarSettings = calendarSettings;
		this.microsoft = microsoft;
		this.tenantSettings = tenantSettings;
		this.installation = installation;
		this.offboarding = offboarding;
		this.slack = slack;
		this.modules = modules;
	}

	@GetMapping("/settings")
	ModelAndView settings() {
		return page();
	}

	/**
	 * A section's own address (where its form posts, and where the language switch leads
	 * from a form that came back) shows the page at that section.
	 */
	@GetMapping("/settings/{section}")
	String section(@PathVariable String section) {
		if (!SECTIONS.contains(section)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/settings#" + section;
	}

	@PostMapping("/settings/{section}")
	ModelAndView change(@PathVariable String section, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		KolleganUser user = this.currentUser.get();
		SettingsChange change = switch (section) {
			case "invite-address" -> rotateInviteAddress(user);
			case "auto-join" -> autoJoin(user, form.get("enabled"));
			case "my-labels" -> myLabels(user, form.get("labels"));
			case "calendar-policy" -> calendarPolicy(administrator(user), form.get("alwaysOn"), form.get("never"));
			case "consent" -> defaultConsentLevel(administrator(user), form.get("level"));
			case "domains" -> verifiedDomains(administrator(user), form.get("domains"));
			case "slack-disconnect" -> slackDisconnect(administrator(user), form.get("workspace"));
			case "modules" -> switchModule(administrator(user), form.get("module"), form.get("enabled"));
			case "retention" -> retention(administrator(user), form);
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
		if (!change.invalid().isEmpty()) {
			ModelAndView page = page();
			page.addObject("invalid", change.invalid());
			page.addObject("input", form);
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		redirect.addFlashAttribute(MeetingPageController.NOTICE, change.notice());
		redirect.addFlashAttribute(MeetingPageController.NOTICE_IS_ERROR, false);
		redirect.addFlashAttribute(NOTICE_SECTION, change.section());
		return new ModelAndView("redirect:/settings#" + change.section());
	}

	private ModelAndView page() {
		KolleganUser user = this.currentUser.get();
		Tenant tenant = this.currentTenant.get();
		ModelAndView page = new ModelAndView("settings");
		Optional<User> person = person(user);
		page.addObject("inviteAddress", person
			.map(found -> this.invites.addressOf(found.tenantId(), found.id()).address(this.inviteProperties.domain()))
			.map(EmailAddress::value)
			.orElse(null));
		page.addObject("calendar", person.map(found -> calendar(found, tenant.timeZone())).orElse(null));
		// Administrators change the organisation's settings, auditors read them; members
		// see only their own.
		boolean administrative = user.has(Role.ADMIN) || user.has(Role.AUDITOR);
		page.addObject("administrative", administrative);
		page.addObject("editable", user.has(Role.ADMIN));
		if (administrative) {
			page.addObject("policy", this.calendars.policy(tenant.id()));
			page.addObject("defaultLevel", tenant.defaultConsentLevel());
			page.addObject("levels", Arrays.asList(ConsentLevel.values()));
			page.addObject("integrations", this.installation.integrations(tenant.id()));
			page.addObject("slackWorkspaces", this.installation.slackWorkspaces(tenant.id()));
			page.addObject("slackInstallable", this.installation.slackInstallable());
			page.addObject("moduleOffers", this.modules.catalogue(tenant.id()));
			RetentionPolicy policy = this.retention.policy(tenant.id());
			page.addObject("retention", policy);
			page.addObject("retentionKinds", Arrays.asList(RetentionKind.values()));
			page.addObject("meetingKind", RetentionKind.MEETING);
			LegalHold hold = policy.legalHold();
			page.addObject("holdPlacedAt", (hold != null) ? hold.placedAt().atZone(tenant.timeZone()) : null);
			page.addObject("backupDays", this.offboarding.backupRetention().toDays());
			List<String> domains = this.invites.verifiedDomains(tenant.id());
			page.addObject("domains", domains);
			page.addObject("domainText", String.join("\n", domains));
		}
		return page;
	}

	private CalendarView calendar(User person, ZoneId zone) {
		CalendarConnection connection = this.calendars.connection(person.tenantId(), person.id());
		return CalendarView.of(connection, this.microsoft.available(person.tenantId()),
				this.microsoft.connection(person.tenantId(), person.id()).isPresent(), zone);
	}

	/**
	 * The caller as a registered person of their tenant, who has an address and a
	 * calendar.
	 */
	private Optional<User> person(KolleganUser user) {
		return (user.email() != null) ? this.users.findByEmail(user.tenantId(), user.email()) : Optional.empty();
	}

	private User registered(KolleganUser user) {
		return person(user)
			.orElseThrow(() -> new AccessDeniedException("Only a registered user of the tenant has these settings"));
	}

	private static KolleganUser administrator(KolleganUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators change the organisation's settings");
		}
		return user;
	}

	private SettingsChange rotateInviteAddress(KolleganUser user) {
		User person = registered(user);
		this.invites.rotate(person.tenantId(), person.id(), Actor.user(user.subject()));
		return SettingsChange.saved("invite-address", "settings.invite.rotated");
	}

	/** One click: the form says which way the toggle goes. */
	private SettingsChange autoJoin(KolleganUser user, @Nullable String enabled) {
		if (!"true".equals(enabled) && !"false".equals(enabled)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		User person = registered(user);
		boolean on = Boolean.parseBoolean(enabled);
		CalendarConnection current = this.calendars.connection(person.tenantId(), person.id());
		this.calendarSettings.change(person.tenantId(), person.id(), on, current.labels(), null, null,
				Actor.user(user.subject()));
		return SettingsChange.saved("calendar", on ? "settings.autoJoin.turnedOn" : "settings.autoJoin.turnedOff");
	}

	private SettingsChange myLabels(KolleganUser user, @Nullable String text) {
		List<String> labels = CalendarLabels.parse(text);
		Optional<InvalidField> problem = CalendarLabels.problem(labels);
		if (problem.isPresent()) {
			return SettingsChange.refused("calendar", "my-labels", problem.get());
		}
		User person = registered(user);
		CalendarConnection current = this.calendars.connection(person.tenantId(), person.id());
		try {
			this.calendarSettings.change(person.tenantId(), person.id(), current.autoJoin(), labels, null, null,
					Actor.user(user.subject()));
		}
		catch (IllegalArgumentException ex) {
			return SettingsChange.refused("calendar", "my-labels", InvalidField.of("settings.labels.invalid"));
		}
		return SettingsChange.saved("calendar", "settings.labels.saved");
	}

	private SettingsChange calendarPolicy(KolleganUser user, @Nullable String alwaysOnText,
			@Nullable String neverText) {
		List<String> alwaysOn = CalendarLabels.parse(alwaysOnText);
		Optional<InvalidField> problem = CalendarLabels.problem(alwaysOn);
		if (problem.isPresent()) {
			return SettingsChange.refused("calendar", "policy-always-on", problem.get());
		}
		String never = (neverText != null) ? neverText.strip() : "";
		Optional<InvalidField> neverProblem = never.isEmpty()
				? Optional.of(InvalidField.of("settings.policy.never.required")) : CalendarLabels.problem(never);
		if (neverProblem.isPresent()) {
			return SettingsChange.refused("calendar", "policy-never", neverProblem.get());
		}
		try {
			this.calendars.changePolicy(user.tenantId(), alwaysOn, never, Actor.user(user.subject()));
		}
		catch (IllegalArgumentException ex) {
			return SettingsChange.refused("calendar", "policy-always-on", InvalidField.of("settings.labels.invalid"));
		}
		return SettingsChange.saved("calendar", "settings.policy.saved");
	}

	private SettingsChange defaultConsentLevel(KolleganUser user, @Nullable String level) {
		Optional<ConsentLevel> chosen = Arrays.stream(ConsentLevel.values())
			.filter(known -> known.name().equals(level))
			.findFirst();
		if (chosen.isEmpty()) {
			return SettingsChange.refused("consent", "level", InvalidField.of("settings.consent.invalid"));
		}
		Tenant tenant = this.currentTenant.get();
		this.tenantSettings.change(tenant.id(), tenant.name(), tenant.timeZone(), chosen.get(),
				Actor.user(user.subject()));
		return SettingsChange.saved("consent", "settings.consent.saved");
	}

	/**
	 * One domain a line (commas and spaces separate them too); the list replaces the old.
	 */
	private SettingsChange verifiedDomains(KolleganUser user, @Nullable String text) {
		List<String> domains = (text != null)
				? Arrays.stream(text.split("[\\s,;]+")).filter(domain -> !domain.isBlank()).toList() : List.of();
		if (domains.size() > InviteSettings.MAX_VERIFIED_DOMAINS) {
			return SettingsChange.refused("domains", "domains-input",
					InvalidField.of("settings.domains.tooMany", InviteSettings.MAX_VERIFIED_DOMAINS));
		}
		try {
			this.invites.replaceVerifiedDomains(user.tenantId(), domains, Actor.user(user.subject()));
		}
		catch (IllegalArgumentException ex) {
			return SettingsChange.refused("domains", "domains-input", InvalidField.of("settings.domains.invalid"));
		}
		return SettingsChange.saved("domains", "settings.domains.saved");
	}

	/** A workspace not connected to the caller's organisation is not found. */
	private SettingsChange slackDisconnect(KolleganUser user, @Nullable String workspace) {
		if (workspace == null || !this.slack.disconnect(user.tenantId(), workspace, Actor.user(user.subject()))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return SettingsChange.saved("integrations", "settings.slack.disconnected");
	}

	/**
	 * One click per module: the form names the module and which way it goes, and the shop
	 * audits and bills the switch as it does the API's. A module the shop does not have
	 * is not found.
	 */
	private SettingsChange switchModule(KolleganUser user, @Nullable String wireName, @Nullable String enabled) {
		if (!"true".equals(enabled) && !"false".equals(enabled)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Module module = Module.ofWireName(wireName)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean on = Boolean.parseBoolean(enabled);
		this.modules.change(user.tenantId(), module, on, Actor.user(user.subject()));
		return SettingsChange.saved("modules", on ? "settings.modules.turnedOn" : "settings.modules.turnedOff");
	}

	/**
	 * The whole retention policy in one form, as the API's PUT takes it: a field per
	 * period (empty for the default) and the legal hold, placed by ticking it with a
	 * reason. Every field is checked before anything is saved.
	 */
	private SettingsChange retention(KolleganUser user, Map<String, String> form) {
		Map<RetentionKind, Integer> chosen = new EnumMap<>(RetentionKind.class);
		Map<String, InvalidField> invalid = new LinkedHashMap<>();
		for (RetentionKind kind : RetentionKind.values()) {
			String text = form.getOrDefault(kind.wireName(), "").strip();
			if (!kind.settable() || text.isEmpty()) {
				continue;
			}
			String field = "retention-" + kind.wireName();
			if (!DAYS.matcher(text).matches()) {
				invalid.put(field, InvalidField.of("settings.retention.invalid.number"));
			}
			else if (!kind.allows(Integer.parseInt(text))) {
				invalid.put(field, InvalidField.of("settings.retention.invalid.range", kind.minDays(), kind.maxDays()));
			}
			else {
				chosen.put(kind, Integer.parseInt(text));
			}
		}
		String reason = null;
		if ("on".equals(form.get("legalHold"))) {
			reason = form.getOrDefault("legalHoldReason", "").strip();
			if (reason.isEmpty()) {
				invalid.put("retention-hold-reason", InvalidField.of("settings.retention.invalid.reasonRequired"));
			}
			else if (reason.length() > LegalHold.MAX_REASON || reason.codePoints().anyMatch(Character::isISOControl)) {
				invalid.put("retention-hold-reason",
						InvalidField.of("settings.retention.invalid.reason", LegalHold.MAX_REASON));
			}
		}
		if (!invalid.isEmpty()) {
			return new SettingsChange("retention", "", invalid);
		}
		this.retention.change(user.tenantId(), chosen, reason, Actor.user(user.subject()));
		return SettingsChange.saved("retention", "settings.retention.saved");
	}

	/**
	 * What came of a settings form: saved, with the notice its section shows, or refused
	 * with what is wrong with which field (by the field's id).
	 */
	record SettingsChange(String section, String notice, Map<String, InvalidField> invalid) {

		static SettingsChange saved(String section, String notice) {
			return new SettingsChange(section, notice, Map.of());
		}

		static SettingsChange refused(String section, String field, InvalidField problem) {
			return new SettingsChange(section, "", Map.of(field, problem));
		}

	}

}
