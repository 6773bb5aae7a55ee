package se.postboxen.kollegan.bot.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.action.TaskBoardSetup;
import se.postboxen.kollegan.action.TaskBoards;
import se.postboxen.kollegan.adapter.meetingbot.MeetingBotProperties;
import se.postboxen.kollegan.adapter.slack.SlackInstaller;
import se.postboxen.kollegan.adapter.teams.TeamsChat;
import se.postboxen.kollegan.adapter.zoom.ZoomChat;
import se.postboxen.kollegan.calendar.MicrosoftCalendarSync;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatWorkspace;
import se.postboxen.kollegan.chat.ChatWorkspaces;
import se.postboxen.kollegan.recap.LanguageModel;
import se.postboxen.kollegan.recap.OfflineExtractor;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * What this installation of Kollegan is connected to, for the settings page: whether each
 * integration is set up, read from what the adapters put in the application context (each
 * decides that from its own settings) — never how: no address, key or token.
 */
@Component
class Installation {

	private final ObjectProvider<TeamsChat> teams;

	private final ObjectProvider<SlackInstaller> slack;

	private final ObjectProvider<ZoomChat> zoom;

	private final MeetingBotProperties meetingBot;

	private final LanguageModel model;

	private final ObjectProvider<JavaMailSender> mail;

	private final MicrosoftCalendarSync microsoft;

	private final TaskBoards taskBoards;

	private final ChatWorkspaces workspaces;

	Installation(ObjectProvider<TeamsChat> teams, ObjectProvider<SlackInstaller> slack, ObjectProvider<ZoomChat> zoom,
			MeetingBotProperties meetingBot, LanguageModel model, ObjectProvider<JavaMailSender> mail,
			MicrosoftCalendarSync microsoft, TaskBoards taskBoards, ChatWorkspaces workspaces) {
		this.teams = teams;
		this.slack = slack;
		this.zoom = zoom;
		this.meetingBot = meetingBot;
		this.model = model;
		this.mail = mail;
		this.microsoft = microsoft;
		this.taskBoards = taskBoards;
		this.workspaces = workspaces;
	}

	/** Each integration, in the order the page lists them. */
	List<IntegrationStatus> integrations(TenantId tenantId) {
		MeetingBotProperties.Provider provider = this.meetingBot.provider();
		return List.of(IntegrationStatus.of("teams", this.teams.getIfAvailable() != null),
				IntegrationStatus.of("slack", slackInstallable()),
				IntegrationStatus.of("zoom", this.zoom.getIfAvailable() != null),
				new IntegrationStatus("meetingbot", provider != MeetingBotProperties.Provider.SANDBOX,
						"settings.integration.meetingbot." + provider.name().toLowerCase(Locale.ROOT)),
				IntegrationStatus.of("llm", !(this.model instanceof OfflineExtractor)),
				IntegrationStatus.of("mail", this.mail.getIfAvailable() != null),
				IntegrationStatus.of("microsoft365", this.microsoft.available(tenantId)), taskBoard(tenantId));
	}

	/** The tenant's Slack workspaces; {@link ChatWorkspace} carries no secret. */
	List<ChatWorkspace> slackWorkspaces(TenantId tenantId) {
		return this.workspaces.workspaces(tenantId)
			.stream()
			.filter(workspace -> workspace.platform() == ChatPlatformKind.SLACK)
			.toList();
	}

	/** Whether Slack's install flow is configured, so a workspace can be connected. */
	boolean slackInstallable() {
		return this.slack.getIfAvailable() != null;
	}

	private IntegrationStatus taskBoard(TenantId tenantId) {
		TaskBoardSetup setup = this.taskBoards.setup(tenantId).orElse(null);
		if (setup != null) {
			return new IntegrationStatus("taskboard", true,
					"settings.integration.taskboard." + setup.kind().name().toLowerCase(Locale.ROOT));
		}
		boolean reachable = Arrays.stream(TaskBoardKind.values()).anyMatch(this.taskBoards::available);
		return new IntegrationStatus("taskboard", false,
				reachable ? "settings.integration.taskboard.none" : "settings.integration.taskboard.off");
	}

	/**
	 * One integration: its name is {@code settings.integration.<id>}, {@code detail} the
	 * key of what it means here.
	 */
	record IntegrationStatus(String id, boolean on, String detail) {

		static IntegrationStatus of(String id, boolean on) {
			return new IntegrationStatus(id, on, "settings.integration." + id + (on ? ".on" : ".off"));
		}

	}

}
