package se.postboxen.kollegan.bot.chat.slack;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.adapter.slack.SlackInstallException;
import se.postboxen.kollegan.adapter.slack.SlackInstaller;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.web.InvalidRequestException;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatWorkspaces;
import se.postboxen.kollegan.chat.WorkspaceCredentials;

/**
 * An administrator adds Kollegan to their Slack workspace: {@code install} sends them to
 * Slack with a state bound to their tenant and themselves; Slack sends them back to
 * {@code callback}, where the state is checked, the code exchanged, and the workspace
 * linked to their tenant with its bot token kept encrypted, before they are sent back to
 * the dashboard. A workspace already linked to another tenant is refused (409) with
 * nothing changed. {@code DELETE} disconnects a workspace and revokes its token at Slack.
 * Who may call each is in {@code EndpointPolicy} (administrators).
 */
@RestController
class SlackInstallController {

	/**
	 * Slack team ids: {@code T…} (Enterprise Grid organisations, {@code E…}, are not).
	 */
	private static final Pattern TEAM_ID = Pattern.compile("^T[A-Z0-9]{2,30}$");

	static final String CONNECTED = "/?slack=connected";

	static final String CANCELLED = "/?slack=cancelled";

	private final ObjectProvider<SlackInstaller> installer;

	private final ChatWorkspaces workspaces;

	private final SlackDisconnection disconnection;

	private final CurrentUser currentUser;

	private final Clock clock;

	SlackInstallController(ObjectProvider<SlackInstaller> installer, ChatWorkspaces workspaces,
			SlackDisconnection disconnection, CurrentUser currentUser, Clock clock) {
		this.installer = installer;
		this.workspaces = workspaces;
		this.disconnection = disconnection;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/api/admin/integrations/slack/install")
	ResponseEntity<Void> install() {
		KolleganUser admin = this.currentUser.get();
		URI authorize = installer().authorizeUrl(admin.tenantId(), admin.subject(), this.clock.instant());
		return redirect(authorize);
	}

	@GetMapping("/api/admin/integrations/slack/callback")
	ResponseEntity<?> callback(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String error) {
		SlackInstaller slack = installer();
		KolleganUser admin = this.currentUser.get();
		if (error != null) {
			// The administrator said no at Slack (access_denied): nothing to do or keep.
			return redirect(URI.create(CANCELLED));
		}
		WorkspaceCredentials granted = slack.install(state, code, admin.tenantId(), admin.subject(),
				this.clock.instant());
		ChatWorkspaces.Connection connection = this.workspaces.connect(admin.tenantId(), ChatPlatformKind.SLACK,
				granted, Actor.user(admin.subject()));
		if (connection == ChatWorkspaces.Connection.TAKEN) {
			// The token Slack just granted is not kept, and not revoked either: it is the
			// same app in the same workspace, so it may well be the token the workspace's
			// own tenant works with.
			ProblemDetail problem = Problems.CONFLICT.detail(HttpStatus.CONFLICT,
					"Arbetsytan är redan kopplad till en annan organisation i Kollegan / The workspace is already"
							+ " connected to another organisation in Kollegan");
			problem.setType(URI.create(Problems.BASE + "chat-workspace-taken"));
			problem.setTitle("Arbetsytan hör till en annan organisation / Workspace belongs to another organisation");
			problem.setProperty("workspaceId", granted.workspaceId());
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		return redirect(URI.create(CONNECTED));
	}

	@DeleteMapping("/api/admin/integrations/slack/{teamId}")
	ResponseEntity<?> disconnect(@PathVariable String teamId) {
		if (!TEAM_ID.matcher(teamId).matches()) {
			throw new InvalidRequestException(List.of(new Problems.FieldError("teamId",
					"måste vara ett Slack-team-id (T…) / must be a Slack team id (T…)")));
		}
		KolleganUser admin = this.currentUser.get();
		if (!this.disconnection.disconnect(admin.tenantId(), teamId, Actor.user(admin.subject()))) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND,
						"Arbetsytan är inte kopplad / No such connected workspace"));
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * Install failures: a wrong {@code state} or {@code code} names the field (400);
	 * Slack refusing or not answering is a bad gateway (502). Nothing is kept either way.
	 */
	@ExceptionHandler(SlackInstallException.class)
	ResponseEntity<ProblemDetail> installFailed(SlackInstallException ex) {
		if (ex.kind() == SlackInstallException.Kind.INVALID_REQUEST) {
			String field = (ex.field() != null) ? ex.field() : "code";
			return ResponseEntity.badRequest()
				.body(Problems.invalid(List.of(new Problems.FieldError(field, ex.getMessage()))));
		}
		ProblemDetail problem = Problems.INTERNAL_ERROR.detail(HttpStatus.BAD_GATEWAY, ex.getMessage());
		problem.setType(URI.create(Problems.BASE + "slack-install-failed"));
		problem.setTitle("Installationen i Slack misslyckades / The Slack install failed");
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem);
	}

	private SlackInstaller installer() {
		SlackInstaller slack = this.installer.getIfAvailable();
		if (slack == null) {
			throw new SlackInstallNotConfiguredException();
		}
		return slack;
	}

	@ExceptionHandler(SlackInstallNotConfiguredException.class)
	ResponseEntity<ProblemDetail> notConfigured(SlackInstallNotConfiguredException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND,
					"Installation i Slack är inte konfigurerad (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET) / Slack"
							+ " install is not configured"));
	}

	/** A redirect that no cache keeps: the state in it is single-use. */
	private static <T> ResponseEntity<T> redirect(URI location) {
		return ResponseEntity.status(HttpStatus.FOUND).location(location).cacheControl(CacheControl.noStore()).build();
	}

	/** Slack's install flow needs the app's client id and secret. */
	static final class SlackInstallNotConfiguredException extends RuntimeException {

		SlackInstallNotConfiguredException() {
			super("Slack install not configured", null, false, false);
		}

	}

}
