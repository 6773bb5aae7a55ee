package se.postboxen.kollegan.bot.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

import se.postboxen.kollegan.tenant.Role;

/**
 * Who may call each API endpoint: one table, read by the security configuration and
 * checked by a test that fails when a mapped endpoint is missing from it. Anything under
 * {@code /api} not listed here is denied.
 */
public final class EndpointPolicy {

	private static final Role[] READERS = { Role.ADMIN, Role.MEMBER, Role.AUDITOR };

	private static final Role[] WRITERS = { Role.ADMIN, Role.MEMBER };

	/** One endpoint: method, Spring path pattern, and the roles allowed to call it. */
	public record Rule(HttpMethod method, String pattern, Set<Role> roles) {

		static Rule of(HttpMethod method, String pattern, Role... roles) {
			return new Rule(method, pattern, Set.copyOf(Arrays.asList(roles)));
		}

		public String[] roleNames() {
			return this.roles.stream().map(Role::name).sorted().toArray(String[]::new);
		}

	}

	public static final List<Rule> API = List.of(Rule.of(HttpMethod.GET, "/api/me", READERS),
			Rule.of(HttpMethod.GET, "/api/agents/meetings", READERS),
			Rule.of(HttpMethod.POST, "/api/agents/meetings", WRITERS),
			Rule.of(HttpMethod.GET, "/api/agents/meetings/{id}", READERS),
			Rule.of(HttpMethod.GET, "/api/agents/meetings/{id}/status", READERS),
			Rule.of(HttpMethod.GET, "/api/agents/status/stream", READERS),
			Rule.of(HttpMethod.POST, "/api/agents/meetings/{id}/cancel", WRITERS),
			Rule.of(HttpMethod.GET, "/api/agents/meetings/{id}/recap", READERS),
			Rule.of(HttpMethod.GET, "/api/agents/meetings/{id}/consent", READERS),
			Rule.of(HttpMethod.GET, "/api/agents/meetings/{id}/briefs", READERS),
			Rule.of(HttpMethod.GET, "/api/agents/stakeholders", READERS),
			Rule.of(HttpMethod.GET, "/api/agents/stakeholders/{id}", READERS),
			Rule.of(HttpMethod.GET, "/api/agents/me/stakeholder-profile", READERS),
			Rule.of(HttpMethod.POST, "/api/documents", WRITERS), Rule.of(HttpMethod.GET, "/api/documents", READERS),
			Rule.of(HttpMethod.GET, "/api/documents/{id}", READERS),
			Rule.of(HttpMethod.DELETE, "/api/documents/{id}", WRITERS),
			Rule.of(HttpMethod.POST, "/api/documents/{id}/questions", READERS),
			Rule.of(HttpMethod.POST, "/api/agents/meetings/{id}/transcript", WRITERS),
			Rule.of(HttpMethod.POST, "/api/agents/meetings/{id}/actions/{actionId}", WRITERS),
			Rule.of(HttpMethod.POST, "/api/agents/meetings/{id}/offboard", WRITERS),
			Rule.of(HttpMethod.POST, "/api/admin/offboard/person", Role.ADMIN),
			Rule.of(HttpMethod.POST, "/api/admin/offboard", Role.ADMIN),
			Rule.of(HttpMethod.POST, "/api/agents/magic-links", WRITERS),
			Rule.of(HttpMethod.GET, "/api/agents/calendar-autojoin", READERS),
			Rule.of(HttpMethod.PUT, "/api/agents/calendar-autojoin", WRITERS),
			Rule.of(HttpMethod.GET, "/api/admin/calendar-policy", Role.ADMIN, Role.AUDITOR),
			Rule.of(HttpMethod.PUT, "/api/admin/calendar-policy", Role.ADMIN),
			Rule.of(HttpMethod.GET, "/api/agents/outbox", READERS),
			Rule.of(HttpMethod.GET, "/api/agents/invite-address", READERS),
			Rule.of(HttpMethod.POST, "/api/agents/invite-address/rotate", READERS),
			Rule.of(HttpMethod.GET, "/api/admin/verified-domains", Role.ADMIN, Role.AUDITOR),
			Rule.of(HttpMethod.PUT, "/api/admin/verified-domains", Role.ADMIN),
			Rule.of(HttpMethod.GET, "/api/admin/settings", Role.ADMIN, Role.AUDITOR),
			Rule.of(HttpMethod.PUT, "/api/admin/settings", Role.ADMIN),
			Rule.of(HttpMethod.GET, "/api/admin/retention", Role.ADMIN, Role.AUDITOR),
			Rule.of(HttpMethod.PUT, "/api/admin/retention", Role.ADMIN),
			Rule.of(HttpMethod.GET, "/api/admin/integrations", Role.ADMIN, Role.AUDITOR),
			Rule.of(HttpMethod.GET, "/api/admin/integrations/slack/install", Role.ADMIN),
			Rule.of(HttpMethod.GET, "/api/admin/integrations/slack/callback", Role.ADMIN),
			Rule.of(HttpMethod.DELETE, "/api/admin/integrations/slack/{teamId}", Role.ADMIN),
			Rule.of(HttpMethod.GET, "/api/admin/task-board", Role.ADMIN, Role.AUDITOR),
			Rule.of(HttpMethod.PUT, "/api/admin/task-board", Role.ADMIN),
			Rule.of(HttpMethod.DELETE, "/api/admin/task-board", Role.ADMIN),
			Rule.of(HttpMethod.GET, "/api/admin/modules", Role.ADMIN, Role.AUDITOR),
			Rule.of(HttpMethod.PUT, "/api/admin/modules/{module}", Role.ADMIN),
			Rule.of(HttpMethod.GET, "/api/audit", Role.ADMIN, Role.AUDITOR),
			Rule.of(HttpMethod.POST, "/api/procurement/simulations", READERS),
			Rule.of(HttpMethod.GET, "/api/procurement/thresholds", READERS),
			Rule.of(HttpMethod.GET, "/api/regwatch/sources", Role.ADMIN, Role.AUDITOR),
			Rule.of(HttpMethod.POST, "/api/regwatch/sources", Role.ADMIN),
			Rule.of(HttpMethod.PUT, "/api/regwatch/sources/{id}", Role.ADMIN),
			Rule.of(HttpMethod.DELETE, "/api/regwatch/sources/{id}", Role.ADMIN),
			Rule.of(HttpMethod.POST, "/api/regwatch/sources/{id}/fetch", Role.ADMIN),
			Rule.of(HttpMethod.GET, "/api/regwatch/topics", Role.ADMIN, Role.AUDITOR),
			Rule.of(HttpMethod.POST, "/api/regwatch/topics", Role.ADMIN),
			Rule.of(HttpMethod.DELETE, "/api/regwatch/topics/{id}", Role.ADMIN),
			Rule.of(HttpMethod.GET, "/api/regwatch/items", READERS),
			Rule.of(HttpMethod.GET, "/api/regwatch/items/{id}", READERS),
			Rule.of(HttpMethod.POST, "/api/agents/break-glass", Role.BREAK_GLASS),
			Rule.of(HttpMethod.GET, "/api/agents/break-glass", Role.ADMIN, Role.AUDITOR, Role.BREAK_GLASS),
			Rule.of(HttpMethod.DELETE, "/api/agents/break-glass/{id}", Role.ADMIN, Role.BREAK_GLASS),
			Rule.of(HttpMethod.GET, "/api/admin/jobs/dead", Role.ADMIN),
			Rule.of(HttpMethod.POST, "/api/admin/jobs/dead/{id}/retry", Role.ADMIN),
			Rule.of(HttpMethod.DELETE, "/api/admin/jobs/dead/{id}", Role.ADMIN));

	/**
	 * API endpoints a signed-in browser uses with its session: the start and the return
	 * of an OAuth install, where the identity provider or Slack redirects the signed-in
	 * administrator, and the live-status stream the dashboard's pages listen to. For
	 * these the sign-in session counts as well as a bearer token; they are GET only and
	 * change nothing a cross-site request could abuse (the install's signed, single-use
	 * state binds it to the administrator who started it; the session cookie is SameSite
	 * and the stream sends no CORS headers, so another site can neither open nor read
	 * it).
	 */
	public static final List<String> BROWSER_API = List.of("/api/admin/integrations/slack/install",
			"/api/admin/integrations/slack/callback", "/api/agents/status/stream");

	/**
	 * Webhooks: no bearer token or session, each verifies its sender's signature itself
	 * (HMAC, a platform's JWT) before anything is read into the domain.
	 */
	public static final List<String> WEBHOOKS = List.of("/api/inbound/email", "/api/graph/notifications",
			"/api/graph/lifecycle", "/api/meetingbot/recall", "/api/meetingbot/attendee", "/api/messages",
			"/slack/events", "/api/zoom/webhook", "/api/trello/webhook");

	/**
	 * Magic links are capabilities: whoever holds a valid one may confirm it, signed in
	 * or not (that is what they are for).
	 */
	public static final String MAGIC_LINK_PAGES = "/m/*";

	/**
	 * The page Teams opens as the tab: it signs in with the token Teams gives it, so it
	 * must open before anyone is signed in; and the page Teams shows when the tab is
	 * added to a meeting or chat.
	 */
	public static final String TEAMS_TAB = "/teams/tab";

	public static final String TEAMS_TAB_CONFIGURATION = "/teams/configure";

	/**
	 * Where the tab posts its Teams token (with the page's CSRF token) for a session.
	 */
	public static final String TEAMS_SIGN_IN = "/teams/sso";

	/**
	 * Pages and documents open to anyone: health for probes, the API description, errors.
	 */
	public static final List<String> PUBLIC = List.of("/actuator/health", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**", "/error", "/favicon.ico", "/css/**", "/js/**", "/vendor/**", "/privacy", "/terms",
			MAGIC_LINK_PAGES, TEAMS_TAB, TEAMS_TAB_CONFIGURATION, TEAMS_SIGN_IN);

	/**
	 * Dashboard pages: any signed-in user of a tenant (the page decides what they see).
	 */
	public static final List<String> PAGES = List.of("/", "/meetings/{id}", "/meetings/{id}/actions/{actionId}",
			"/meetings/{id}/offboard", "/meetings/{id}/receipt", "/settings", "/settings/{section}", "/stakeholders",
			"/stakeholders/{id}", "/stakeholders/me", "/insights", "/documents", "/documents/{id}",
			"/documents/{id}/questions", "/documents/{id}/delete", "/procurement", "/regwatch", "/regwatch/items/{id}",
			"/regwatch/{section}", "/regwatch/{section}/{id}", "/break-glass", "/break-glass/{id}/end");

	/** The development identity provider's own sign-in page, open to anyone. */
	public static final List<String> SIGN_IN = List.of("/idp/login");

	private EndpointPolicy() {
	}

}
