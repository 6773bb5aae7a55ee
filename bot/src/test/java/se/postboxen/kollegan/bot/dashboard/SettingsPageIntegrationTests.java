package se.postboxen.kollegan.bot.dashboard;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.adapter.meetingbot.MeetingBotProperties;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.invite.InviteProperties;
import se.postboxen.kollegan.calendar.CalendarConnection;
import se.postboxen.kollegan.calendar.CalendarSync;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatWorkspaces;
import se.postboxen.kollegan.chat.WorkspaceCredentials;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.invite.InviteSettings;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.retention.RetentionKind;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings page over HTTP, signed in through the real OpenID Connect flow as each
 * role of the demo municipalities: what each role sees (a member only their own address
 * and calendar; an auditor the organisation's settings without a form; an administrator
 * every form), that every form needs its CSRF token and the organisation's forms an
 * administrator, that a bad value comes back beside its field with nothing saved, and
 * that no secret reaches the page.
 */
@KolleganIntegrationTest
class SettingsPageIntegrationTests {

	private static final Actor TEST = Actor.system("settings-page-test");

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	Users users;

	@Autowired
	InviteSettings invites;

	@Autowired
	InviteProperties inviteProperties;

	@Autowired
	CalendarSync calendars;

	@Autowired
	ChatWorkspaces workspaces;

	@Autowired
	JdbcClient jdbc;

	private final MessageSource messages = new DashboardConfiguration().messageSource();

	private Tenant tenant(String slug) {
		return this.tenants.findBySlug(slug).orElseThrow();
	}

	private User user(String slug, String email) {
		return this.users.findByEmail(tenant(slug).id(), EmailAddress.of(email)).orElseThrow();
	}

	/** Signed in, on the settings page. */
	private Browser signedIn(String email) {
		Browser browser = new Browser(this.port);
		assertThat(browser.signIn(email, "demo").statusCode()).isEqualTo(200);
		return browser;
	}

	private static HttpResponse<String> post(Browser browser, String section, Map<String, String> fields) {
		HttpResponse<String> page = browser.get("/settings");
		Map<String, String> form = new java.util.HashMap<>(fields);
		form.put("_csrf", Browser.csrf(page));
		return browser.postForm("/settings/" + section, form);
	}

	@Test
	void aMemberSeesTheirOwnAddressAndCalendarAndNothingOfTheOrganisations() {
		Browser erik = signedIn("erik.lund@kommun-a.example");
		User person = user("demo-a", "erik.lund@kommun-a.example");

		HttpResponse<String> page = erik.get("/settings");

		assertThat(page.statusCode()).isEqualTo(200);
		String address = this.invites.addressOf(person.tenantId(), person.id())
			.address(this.inviteProperties.domain())
			.value();
		assertThat(page.body()).contains("<h1>Inställningar</h1>")
			.contains("Min inbjudningsadress")
			.contains(address)
			.contains("data-copy=\"invite-address-value\"")
			.contains("action=\"/settings/invite-address\"")
			.contains("Automatisk anslutning")
			.contains("action=\"/settings/auto-join\"")
			.contains("action=\"/settings/my-labels\"");
		// Not rendered at all, not merely disabled.
		assertThat(page.body()).doesNotContain("id=\"consent\"")
			.doesNotContain("id=\"integrations\"")
			.doesNotContain("id=\"retention\"")
			.doesNotContain("id=\"domains\"")
			.doesNotContain("Organisationens etiketter")
			.doesNotContain("/settings/calendar-policy")
			.doesNotContain("/settings/consent")
			.doesNotContain("/settings/domains")
			.doesNotContain("kommun-a.example</");
	}

	@Test
	void anAuditorReadsTheOrganisationsSettingsWithoutAForm() {
		Browser maja = signedIn("maja.berg@kommun-a.example");

		HttpResponse<String> page = maja.get("/settings");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Som granskare ser du")
			.contains("id=\"consent\"")
			.contains("id=\"integrations\"")
			.contains("id=\"retention\"")
			.contains("id=\"domains\"")
			.contains("Organisationens etiketter")
			.contains("<li>kommun-a.example</li>")
			.contains("Standardnivå:")
			.contains("<caption>Lagringstider</caption>")
			.doesNotContain("action=\"/settings/retention\"")
			.doesNotContain("action=\"/settings/calendar-policy\"")
			.doesNotContain("action=\"/settings/consent\"")
			.doesNotContain("action=\"/settings/domains\"")
			.doesNotContain("/api/admin/integrations/slack/install");
	}

	@Test
	void anAdministratorHasAFormForEveryOrganisationSetting() {
		Browser astrid = signedIn("astrid.ek@kommun-a.example");

		HttpResponse<String> page = astrid.get("/settings");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Som administratör ändrar du")
			.contains("action=\"/settings/calendar-policy\"")
			.contains("action=\"/settings/consent\"")
			.contains("action=\"/settings/domains\"")
			.contains("id=\"level-PLUS\"")
			.contains("data-integration=\"meetingbot\"")
			.contains("Testläge")
			// The demo's Slack team is linked without a token of Kollegan's own.
			.contains("T0DEMO00A")
			.contains("anslut den igen");
	}

	@Test
	void aMemberOrAuditorIsRefusedTheOrganisationsFormsWithTheForbiddenPage() {
		Tenant before = tenant("demo-a");
		List<String> domains = this.invites.verifiedDomains(before.id());
		for (String email : List.of("erik.lund@kommun-a.example", "maja.berg@kommun-a.example")) {
			Browser browser = signedIn(email);
			for (Map.Entry<String, Map<String, String>> form : Map
				.of("consent", Map.of("level", "BAS"), "domains", Map.of("domains", "annan.example"), "calendar-policy",
						Map.of("alwaysOn", "Alla", "never", "Aldrig"))
				.entrySet()) {
				HttpResponse<String> refused = post(browser, form.getKey(), form.getValue());

				assertThat(refused.statusCode()).as("%s posting %s", email, form.getKey()).isEqualTo(403);
				assertThat(refused.body()).contains("Du har inte behörighet").doesNotContain("Exception");
			}
		}
		assertThat(tenant("demo-a").defaultConsentLevel()).isEqualTo(before.defaultConsentLevel());
		assertThat(this.invites.verifiedDomains(before.id())).isEqualTo(domains);
		assertThat(this.calendars.policy(before.id()).neverLabel()).isNotEqualTo("Aldrig");
	}

	@Test
	void everyFormNeedsItsCsrfToken() {
		Browser astrid = signedIn("astrid.ek@kommun-a.example");
		ConsentLevel level = tenant("demo-a").defaultConsentLevel();
		ConsentLevel other = (level == ConsentLevel.BAS) ? ConsentLevel.PLUS : ConsentLevel.BAS;

		HttpResponse<String> forged = astrid.postForm("/settings/consent", Map.of("level", other.name()));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("Du har inte behörighet");
		assertThat(tenant("demo-a").defaultConsentLevel()).isEqualTo(level);
	}

	@Test
	void anInvalidDomainComesBackBesideItsFieldWithNothingSaved() {
		Browser astrid = signedIn("astrid.ek@kommun-a.example");
		TenantId tenant = tenant("demo-a").id();
		List<String> before = this.invites.verifiedDomains(tenant);

		HttpResponse<String> page = post(astrid, "domains",
				Map.of("domains", "kommun-a.example\nhttps://inte en domän"));

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Inget sparades")
			.contains("href=\"#domains-input\"")
			.contains("id=\"domains-input-error\"")
			.contains("Minst en rad är inget domännamn")
			.containsPattern("<textarea id=\"domains-input\"[^>]*aria-invalid=\"true\"")
			.containsPattern(
					"<textarea id=\"domains-input\"[^>]*aria-describedby=\"domains-input-hint domains-input-error\"")
			// What was typed is kept to be corrected.
			.contains("https://inte en domän");
		assertThat(this.invites.verifiedDomains(tenant)).isEqualTo(before);
	}

	@Test
	void aLabelTooLongComesBackBesideItsFieldWithNothingSaved() {
		Browser olof = signedIn("olof.strand@kommun-b.example");
		User person = user("demo-b", "olof.strand@kommun-b.example");
		List<String> before = this.calendars.connection(person.tenantId(), person.id()).labels();

		HttpResponse<String> page = post(olof, "my-labels",
				Map.of("labels", "Styrgrupp, " + "x".repeat(CalendarSync.MAX_LABEL_LENGTH + 1)));

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("id=\"my-labels-error\"")
			.contains("en etikett får ha högst " + CalendarSync.MAX_LABEL_LENGTH + " tecken")
			.containsPattern("<input id=\"my-labels\"[^>]*aria-invalid=\"true\"")
			.containsPattern("<input id=\"my-labels\"[^>]*aria-describedby=\"my-labels-hint my-labels-error\"");
		assertThat(this.calendars.connection(person.tenantId(), person.id()).labels()).isEqualTo(before);
	}

	@Test
	void aSavedChangeIsAnsweredInItsOwnSection() {
		Browser olof = signedIn("olof.strand@kommun-b.example");
		User person = user("demo-b", "olof.strand@kommun-b.example");
		CalendarConnection before = this.calendars.connection(person.tenantId(), person.id());
		try {
			HttpResponse<String> saved = post(olof, "my-labels", Map.of("labels", "Styrgrupp, Nämnd ,, "));

			assertThat(saved.statusCode()).isEqualTo(302);
			assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/settings#calendar");
			assertThat(this.calendars.connection(person.tenantId(), person.id()).labels()).containsExactly("Styrgrupp",
					"Nämnd");
			String page = olof.follow(saved).body();
			assertThat(page).contains("Dina etiketter är sparade.").contains("value=\"Styrgrupp, Nämnd\"");
			// Shown once, in the calendar's section.
			assertThat(page.indexOf("Dina etiketter är sparade.")).isGreaterThan(page.indexOf("id=\"calendar\""));
			assertThat(olof.get("/settings").body()).doesNotContain("Dina etiketter är sparade.");
		}
		finally {
			this.calendars.change(person.tenantId(), person.id(), before.autoJoin(), before.labels(), null, null, TEST);
		}
	}

	@Test
	void turningAutoJoinOnSyncsTheCalendarNowNotAtTheNextScan() {
		Browser olof = signedIn("olof.strand@kommun-b.example");
		User person = user("demo-b", "olof.strand@kommun-b.example");
		CalendarConnection before = this.calendars.connection(person.tenantId(), person.id());
		this.calendars.change(person.tenantId(), person.id(), before.autoJoin(), before.labels(),
				Optional.of(URI.create("https://calendar.kommun-b.example/feed/" + UUID.randomUUID() + ".ics")), null,
				TEST);
		try {
			HttpResponse<String> saved = post(olof, "auto-join", Map.of("enabled", "true"));

			assertThat(saved.statusCode()).isEqualTo(302);
			assertThat(this.calendars.connection(person.tenantId(), person.id()).autoJoin()).isTrue();
			assertThat(
					this.jdbc.sql("SELECT count(*) FROM agent_job WHERE type = 'CALENDAR_SYNC' AND job_key LIKE :key")
						.param("key", "calendar-sync:" + person.id().value() + ":now-%")
						.query(Long.class)
						.single())
				.as("the first sync queued at once, as the API does")
				.isPositive();
		}
		finally {
			this.calendars.change(person.tenantId(), person.id(), before.autoJoin(), before.labels(),
					Optional.ofNullable(before.feedUrl()), null, TEST);
		}
	}

	@Test
	void anAdministratorDisconnectsASlackWorkspaceAndOnlyTheirOwn() {
		TenantId tenant = tenant("demo-b").id();
		String team = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
		this.workspaces.connect(tenant, ChatPlatformKind.SLACK, new WorkspaceCredentials(team, "Kommun B:s Slack",
				"U0SETTINGS", "xoxb-17653672481-" + UUID.randomUUID(), List.of("chat:write")), TEST);
		Browser karin = signedIn("karin.sjo@kommun-b.example");
		assertThat(post(signedIn("olof.strand@kommun-b.example"), "slack-disconnect", Map.of("workspace", team))
			.statusCode()).as("a member").isEqualTo(403);
		assertThat(post(signedIn("erik.lund@kommun-a.example"), "slack-disconnect", Map.of("workspace", team))
			.statusCode()).as("another organisation").isIn(403, 404);
		assertThat(this.workspaces.workspaces(tenant)).anyMatch(linked -> linked.workspaceId().equals(team));

		HttpResponse<String> disconnected = post(karin, "slack-disconnect", Map.of("workspace", team));

		assertThat(disconnected.statusCode()).isEqualTo(302);
		assertThat(disconnected.headers().firstValue("Location").orElseThrow()).endsWith("/settings#integrations");
		assertThat(this.workspaces.workspaces(tenant)).noneMatch(linked -> linked.workspaceId().equals(team));
		assertThat(karin.follow(disconnected).body()).contains("Arbetsytan är frånkopplad").doesNotContain(team);
		assertThat(post(karin, "slack-disconnect", Map.of("workspace", team)).statusCode()).isEqualTo(404);
	}

	@Test
	void rotatingTheInviteAddressRetiresTheOldOne() {
		Browser olof = signedIn("olof.strand@kommun-b.example");
		User person = user("demo-b", "olof.strand@kommun-b.example");
		String old = this.invites.addressOf(person.tenantId(), person.id())
			.address(this.inviteProperties.domain())
			.value();

		HttpResponse<String> rotated = post(olof, "invite-address", Map.of());

		assertThat(rotated.statusCode()).isEqualTo(302);
		String current = this.invites.addressOf(person.tenantId(), person.id())
			.address(this.inviteProperties.domain())
			.value();
		assertThat(current).isNotEqualTo(old);
		assertThat(olof.follow(rotated).body()).contains("Du har fått en ny adress.")
			.contains(current)
			.doesNotContain(old);
	}

	@Test
	void noSecretReachesThePage() {
		TenantId tenant = tenant("demo-b").id();
		User karin = user("demo-b", "karin.sjo@kommun-b.example");
		String team = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
		String token = "xoxb-17653672481-" + UUID.randomUUID();
		String feed = "https://calendar.kommun-b.example/feed/" + UUID.randomUUID() + ".ics";
		CalendarConnection before = this.calendars.connection(tenant, karin.id());
		this.workspaces.connect(tenant, ChatPlatformKind.SLACK,
				new WorkspaceCredentials(team, "Kommun B:s Slack", "U0SETTINGS", token, List.of("chat:write")), TEST);
		this.calendars.change(tenant, karin.id(), before.autoJoin(), before.labels(), Optional.of(URI.create(feed)),
				null, TEST);
		try {
			HttpResponse<String> page = signedIn("karin.sjo@kommun-b.example").get("/settings");

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains(team)
				.contains("Kommun B:s Slack")
				.contains("Kollegan har en egen nyckel för arbetsytan.")
				.contains("ICS-flöde (adressen visas inte)")
				.doesNotContain(token)
				.doesNotContain("xoxb-")
				.doesNotContain(feed)
				.doesNotContain("calendar.kommun-b.example")
				.doesNotContain(this.inviteProperties.inboundSecret());
		}
		finally {
			this.workspaces.disconnect(tenant, ChatPlatformKind.SLACK, team, TEST);
			this.calendars.change(tenant, karin.id(), before.autoJoin(), before.labels(), Optional.empty(), null, TEST);
		}
	}

	@Test
	void aSectionsAddressLeadsToItAndAnUnknownOneIsNotFound() {
		Browser erik = signedIn("erik.lund@kommun-a.example");

		HttpResponse<String> section = erik.get("/settings/calendar");
		assertThat(section.statusCode()).isEqualTo(302);
		assertThat(section.headers().firstValue("Location").orElseThrow()).endsWith("/settings#calendar");

		HttpResponse<String> unknown = erik.get("/settings/nothing-here");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Sidan finns inte");

		HttpResponse<String> english = erik.get("/settings?lang=en");
		assertThat(english.body()).contains("<h1>Settings</h1>").contains("My invite address");
	}

	@Test
	void everyValueThePageShowsHasItsWordsInBothLanguages() {
		for (Locale locale : DashboardConfiguration.LANGUAGES) {
			for (MeetingBotProperties.Provider provider : MeetingBotProperties.Provider.values()) {
				assertThat(this.messages.getMessage(
						"settings.integration.meetingbot." + provider.name().toLowerCase(Locale.ROOT), null, null,
						locale))
					.isNotBlank();
			}
			for (TaskBoardKind board : TaskBoardKind.values()) {
				assertThat(this.messages.getMessage(
						"settings.integration.taskboard." + board.name().toLowerCase(Locale.ROOT), null, null, locale))
					.isNotBlank();
			}
			for (ConsentLevel level : ConsentLevel.values()) {
				assertThat(this.messages.getMessage("settings.consent." + level, null, null, locale)).isNotBlank();
			}
			for (RetentionKind kind : RetentionKind.values()) {
				assertThat(this.messages.getMessage("settings.retention.kind." + kind.wireName(), null, null, locale))
					.isNotBlank();
				assertThat(this.messages.getMessage("settings.retention.from." + kind.wireName(), null, null, locale))
					.isNotBlank();
			}
			for (String source : List.of("microsoft365", "microsoft365Pending", "ics", "none")) {
				assertThat(this.messages.getMessage("settings.calendar.source." + source, null, null, locale))
					.isNotBlank();
			}
		}
	}

}
