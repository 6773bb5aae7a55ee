package se.postboxen.kollegan.bot.chat.slack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.adapter.slack.SlackInstaller;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatWorkspace;
import se.postboxen.kollegan.chat.ChatWorkspaces;

/**
 * The tenant's connected chat workspaces, per platform, for administrators and auditors:
 * which are linked, since when, and whether Kollegan holds a token for them — never the
 * token. Kept beside Slack's install flow, the only way to connect one from here so far.
 */
@RestController
class IntegrationsController {

	private final ChatWorkspaces workspaces;

	private final CurrentUser currentUser;

	private final ObjectProvider<SlackInstaller> slackInstaller;

	IntegrationsController(ChatWorkspaces workspaces, CurrentUser currentUser,
			ObjectProvider<SlackInstaller> slackInstaller) {
		this.workspaces = workspaces;
		this.currentUser = currentUser;
		this.slackInstaller = slackInstaller;
	}

	@GetMapping(path = "/api/admin/integrations", produces = MediaType.APPLICATION_JSON_VALUE)
	Integrations list() {
		Map<String, List<Workspace>> platforms = new LinkedHashMap<>();
		for (ChatPlatformKind platform : ChatPlatformKind.values()) {
			platforms.put(name(platform), new ArrayList<>());
		}
		for (ChatWorkspace workspace : this.workspaces.workspaces(this.currentUser.get().tenantId())) {
			platforms.get(name(workspace.platform())).add(Workspace.of(workspace));
		}
		List<String> installable = (this.slackInstaller.getIfAvailable() != null)
				? List.of(name(ChatPlatformKind.SLACK)) : List.of();
		return new Integrations(platforms, installable);
	}

	private static String name(ChatPlatformKind platform) {
		return platform.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param platforms connected workspaces by platform ({@code slack}, {@code teams},
	 * {@code zoom})
	 * @param installable platforms an administrator can connect a workspace of from here
	 */
	record Integrations(Map<String, List<Workspace>> platforms, List<String> installable) {

	}

	/**
	 * @param credentialsStored whether Kollegan holds a token of its own (false after an
	 * uninstall or revocation: install again)
	 */
	record Workspace(String workspaceId, @Nullable String name, Instant linkedAt, boolean credentialsStored,
			List<String> scopes) {

		static Workspace of(ChatWorkspace workspace) {
			return new Workspace(workspace.workspaceId(), workspace.name(), workspace.linkedAt(),
					workspace.credentialsStored(), workspace.scopes());
		}

	}

}
