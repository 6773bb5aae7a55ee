package se.postboxen.kollegan.adapter.slack;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.chat.ChatCommands;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatWorkspaces;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Slack's requests to {@code /slack/events}, through Bolt: its
 * {@link RequestVerification} checks the signature and rejects timestamps more than five
 * minutes off (401, nothing read); the workspace is looked up; then the slash command
 * {@code /kollegan} is queued and acknowledged at once (Slack waits three seconds), as
 * are a consent button's answer and a nudge's (done, a new date, someone else); the
 * Events API's {@code app_uninstalled} and {@code tokens_revoked} make Kollegan forget
 * the workspace's token. One error handler answers every failure with one short apology.
 */
public class SlackEvents implements AutoCloseable {

	static final String COMMAND = "/kollegan";

	/** The MDC key under which the application keeps each request's correlation id. */
	static final String CORRELATION_ID = "correlationId";

	/** Where the installation middleware leaves the tenant for the handlers. */
	private static final String TENANT = "kollegan.tenantId";

	/** Slack's user ids: {@code U…}, or {@code W…} in Enterprise Grid. */
	private static final Pattern USER_ID = Pattern.compile("^[UW][A-Z0-9]{2,30}$");

	/** Verbs only English has; anything else is answered in Swedish. */
	private static final Pattern ENGLISH = Pattern.compile("^(join|leave|help)\\b", Pattern.CASE_INSENSITIVE);

	private static final String APOLOGY = "Något gick fel hos Kollegan, försök igen om en stund. "
			+ "/ Something went wrong at Kollegan, please try again shortly.";

	private static final Logger logger = LoggerFactory.getLogger(SlackEvents.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final ChatCommands commands;

	private final ChatInstallations installations;

	private final ChatWorkspaces workspaces;

	private final SlackChat chat;

	private final ExecutorService apologies = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "slack-apologies");
		thread.setDaemon(true);
		return thread;
	});

	private final Clock clock;

	private final App app;

	private final SlackRequestParser parser;

	public SlackEvents(String signingSecret, ChatCommands commands, ChatInstallations installations,
			ChatWorkspaces workspaces, SlackChat chat, Clock clock) {
		this.commands = commands;
		this.installations = installations;
		this.workspaces = workspaces;
		this.chat = chat;
		this.clock = clock;
		AppConfig config = AppConfig.builder().signingSecret(signingSecret).build();
		// Bolt's defaults would add its single-team authorization, which calls auth.test
		// while Slack waits; workspaces are Kollegan's own installations instead.
		List<Middleware> middleware = List.of(new SSLCheck(null),
				new RequestVerification(new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret))),
				this::apologiseForFailures, this::requireInstallation);
		this.app = new App(config, middleware);
		this.app.command(COMMAND, this::command);
		this.app.blockAction(ConsentButton.ACCEPT,
				(request, context) -> consent(request, context, ConsentAnswer.ACCEPTED));
		this.app.blockAction(ConsentButton.DECLINE,
				(request, context) -> consent(request, context, ConsentAnswer.DECLINED));
		this.app.blockAction(NudgeButton.ACTION_IDS, this::nudgeAnswer);
		// Link buttons open their page in the browser; Slack reports the click all the
		// same and shows a warning unless it is acknowledged.
		this.app.blockAction(SlackMessages.OPEN_MEETING, (request, context) -> context.ack());
		this.app.blockAction(SlackMessages.OPEN_RECAP, (request, context) -> context.ack());
		this.app.event(AppUninstalledEvent.class, this::uninstalled);
		this.app.event(TokensRevokedEvent.class, this::tokensRevoked);
		this.app.start();
		this.parser = new SlackRequestParser(config);
	}

	/**
	 * One request as it arrived: the body exactly as sent (the signature covers its raw
	 * bytes).
	 */
	public SlackAnswer receive(String requestUri, Map<String, List<String>> headers, String body,
			@Nullable String remoteAddress) {
		Request<?> request;
		try {
			request = this.parser.parse(SlackRequestParser.HttpRequest.builder()
				.requestUri(requestUri)
				.headers(new RequestHeaders(headers))
				.requestBody(body)
				.remoteAddress(remoteAddress)
				.build());
		}
		catch (RuntimeException ex) {
			// Unreadable JSON in the payload field: nothing of it is trusted or used.
			return new SlackAnswer(400, "application/json", "{\"error\":\"invalid request\"}");
		}
		Response response;
		try {
			response = this.app.run(request);
		}
		catch (Exception ex) {
			// Only a middleware before the error handler gets here (verification).
			logger.error("Slack request failed before it was verified", ex);
			return new SlackAnswer(500, "application/json", "{\"error\":\"internal error\"}");
		}
		return new SlackAnswer(response.getStatusCode(),
				(response.getContentType() != null) ? response.getContentType() : "text/plain;charset=utf-8",
				(response.getBody() != null) ? response.getBody() : "");
	}

	/**
	 * The one error handler: logs with the correlation id (in the MDC, so on every line)
	 * and answers 200 with an apology, so that Slack shows it instead of its own "failed
	 * with the error …".
	 */
	private Response apologiseForFailures(Request request, Response response, MiddlewareChain chain) {
		try {
			return chain.next(request);
		}
		catch (Exception ex) {
			String correlationId = MDC.get(CORRELATION_ID);
			logger.error("Slack {} failed (correlation id {})", request.getRequestType(), correlationId, ex);
			if (request.getRequestType() == RequestType.Event) {
				// No one to apologise to: Slack delivers the event again after an error.
				return Response.builder().statusCode(500).build();
			}
			String responseUrl = request.getResponseUrl();
			if (request.getRequestType() != RequestType.Command && responseUrl != null) {
				// Slack ignores the acknowledgement's body for button clicks.
				this.apologies.execute(() -> apologise(responseUrl));
			}
			return ephemeral(APOLOGY);
		}
	}

	private void apologise(String responseUrl) {
		try {
			this.chat.respond(URI.create(responseUrl), APOLOGY);
		}
		catch (RuntimeException ex) {
			logger.warn("Slack apology not delivered: {}", ex.getMessage());
		}
	}

	/** Requests from a workspace Kollegan was never installed in do nothing. */
	private Response requireInstallation(Request request, Response response, MiddlewareChain chain) throws Exception {
		if (request.getRequestType() == RequestType.UrlVerification) {
			// Slack checking the Events API's request URL: signed, but from no workspace.
			return chain.next(request);
		}
		Context context = request.getContext();
		Optional<TenantId> tenant = (context.getTeamId() != null)
				? this.installations.tenantOf(ChatPlatformKind.SLACK, context.getTeamId()) : Optional.empty();
		if (tenant.isEmpty()) {
			logger.info("Slack request from a workspace without Kollegan: {}", context.getTeamId());
			return ephemeral("Kollegan är inte installerad i den här arbetsytan. "
					+ "/ Kollegan is not installed in this workspace.");
		}
		context.getAdditionalValues().put(TENANT, tenant.get().toString());
		return chain.next(request);
	}

	/**
	 * {@code /kollegan join <link>}, {@code status}, {@code help} (and their Swedish
	 * words): queued under the trigger id and acknowledged. A redelivery
	 * ({@code X-Slack-Retry-Num}) carries the same trigger id, and the job key made of it
	 * is unique in the job table itself, written in the same transaction as the job: a
	 * redelivery is one job whichever instance takes it and across restarts. A Redis
	 * {@code SET NX} would be a second store that can forget (eviction, failover) or
	 * disagree with the queue, and adapters have no port to Redis.
	 */
	private Response command(SlashCommandRequest request, SlashCommandContext context) {
		SlashCommandPayload payload = request.getPayload();
		String text = (payload.getText() != null) ? payload.getText().strip() : "";
		// Slack sends no locale with a command (users.info would ask, but not within the
		// three seconds), so the words decide.
		String language = ENGLISH.matcher(text).find() ? "en" : "sv";
		String replyTo = new SlackAddress(payload.getTeamId(), payload.getChannelId(),
				(payload.getResponseUrl() != null) ? URI.create(payload.getResponseUrl()) : null)
			.toString();
		this.commands.receive(tenant(context), payload.getTriggerId(),
				new JobPayload.ChatCommandReceived(ChatPlatformKind.SLACK, payload.getUserName(), null,
						payload.getUserId(), text, replyTo, null, language));
		return ephemeral("en".equals(language) ? "On it …" : "Jag tar hand om det …");
	}

	/**
	 * A consent button: queued for the person who clicked, whose address is asked of
	 * Slack (users.info) when the job runs — their handle alone is neither who they are
	 * nor how transcripts name them. The trigger id makes a redelivered click one answer.
	 */
	private Response consent(BlockActionRequest request, ActionContext context, ConsentAnswer answer) {
		BlockActionPayload payload = request.getPayload();
		Optional<ConsentButton> button = ConsentButton.parse(payload.getActions().get(0).getValue());
		BlockActionPayload.User user = payload.getUser();
		if (button.isEmpty() || user == null || user.getId() == null || payload.getTriggerId() == null) {
			logger.warn("Slack consent button without a meeting or person");
			return context.ack();
		}
		String name = (user.getName() != null) ? user.getName() : user.getUsername();
		String replyTo = replyTo(payload, context).toString();
		this.commands.receiveConsent(tenant(context), payload.getTriggerId(),
				new JobPayload.ChatConsentAnswer(ChatPlatformKind.SLACK, button.get().meetingId(), name, user.getId(),
						replyTo, button.get().level(), answer, this.clock.instant()));
		return context.ack();
	}

	/**
	 * A nudge's answer: queued for the person who answered, whose address is asked of
	 * Slack when the job runs (only the owner, the meeting's organiser or whoever booked
	 * Kollegan may change the action, and a handle alone says none of that). Under the
	 * trigger id, so that a redelivered click is one answer. A value Kollegan did not
	 * write, a date that is not one or a user id that is not one is acknowledged with
	 * nothing queued.
	 */
	private Response nudgeAnswer(BlockActionRequest request, ActionContext context) {
		BlockActionPayload payload = request.getPayload();
		Optional<JobPayload.ChatActionAnswer> answer = nudgeAnswer(payload, context);
		if (answer.isEmpty() || payload.getTriggerId() == null) {
			logger.warn("Slack nudge answer without an action, person or value");
			return context.ack();
		}
		this.commands.receiveActionAnswer(tenant(context), payload.getTriggerId(), answer.get());
		return context.ack();
	}

	private static Optional<JobPayload.ChatActionAnswer> nudgeAnswer(BlockActionPayload payload,
			ActionContext context) {
		BlockActionPayload.User user = payload.getUser();
		if (payload.getActions() == null || payload.getActions().size() != 1 || user == null || user.getId() == null) {
			return Optional.empty();
		}
		BlockActionPayload.Action action = payload.getActions().get(0);
		Optional<ActionAnswer.Kind> kind = NudgeButton.kindOf(action.getActionId());
		// The Done button carries the action in its value; the pickers in their block's
		// id.
		Optional<NudgeButton> button = NudgeButton
			.parse((action.getValue() != null) ? action.getValue() : action.getBlockId());
		if (kind.isEmpty() || button.isEmpty()) {
			return Optional.empty();
		}
		LocalDate newDue = null;
		String newOwner = null;
		if (kind.get() == ActionAnswer.Kind.NEW_DATE) {
			try {
				newDue = LocalDate.parse(String.valueOf(action.getSelectedDate()));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		}
		else if (kind.get() == ActionAnswer.Kind.REASSIGN) {
			newOwner = action.getSelectedUser();
			if (newOwner == null || !USER_ID.matcher(newOwner).matches()) {
				return Optional.empty();
			}
		}
		String name = (user.getName() != null) ? user.getName() : user.getUsername();
		SlackAddress replyTo;
		try {
			replyTo = replyTo(payload, context);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		// Slack sends no locale with a click; Swedish is Kollegan's first language.
		return Optional.of(new JobPayload.ChatActionAnswer(ChatPlatformKind.SLACK, button.get().actionId(), kind.get(),
				newDue, null, newOwner, name, user.getId(), replyTo.toString(), "sv"));
	}

	/**
	 * Where to answer a click: the message's channel (a direct message for nudges), else
	 * the person's direct message, with the click's response URL.
	 */
	private static SlackAddress replyTo(BlockActionPayload payload, Context context) {
		String channel = (payload.getChannel() != null && payload.getChannel().getId() != null)
				? payload.getChannel().getId()
				: (payload.getContainer() != null && payload.getContainer().getChannelId() != null)
						? payload.getContainer().getChannelId() : payload.getUser().getId();
		return new SlackAddress(context.getTeamId(), channel,
				(payload.getResponseUrl() != null) ? URI.create(payload.getResponseUrl()) : null);
	}

	/**
	 * Kollegan was removed from the workspace: its token no longer works and is
	 * forgotten. The workspace stays linked, for its administrators to see and install
	 * again.
	 */
	private Response uninstalled(EventsApiPayload<AppUninstalledEvent> event, EventContext context) {
		if (context.getTeamId() != null) {
			this.workspaces.revoked(ChatPlatformKind.SLACK, context.getTeamId(), null, AppUninstalledEvent.TYPE_NAME);
		}
		return context.ack();
	}

	/**
	 * Tokens were revoked: Kollegan's bot token is forgotten when it is among them (user
	 * tokens, which Kollegan never holds, are not its concern).
	 */
	private Response tokensRevoked(EventsApiPayload<TokensRevokedEvent> event, EventContext context) {
		TokensRevokedEvent.Tokens tokens = (event.getEvent() != null) ? event.getEvent().getTokens() : null;
		List<String> bots = (tokens != null && tokens.getBot() != null) ? tokens.getBot() : List.of();
		if (context.getTeamId() != null && !bots.isEmpty()) {
			this.workspaces.revoked(ChatPlatformKind.SLACK, context.getTeamId(), bots, TokensRevokedEvent.TYPE_NAME);
		}
		return context.ack();
	}

	private static TenantId tenant(Context context) {
		return new TenantId(UUID.fromString(context.getAdditionalValues().get(TENANT)));
	}

	private static Response ephemeral(String text) {
		return Response.builder()
			.statusCode(200)
			.contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
			.body(json.writeValueAsString(Map.of("response_type", "ephemeral", "text", text)))
			.build();
	}

	/** What to answer Slack: status, content type and body. */
	public record SlackAnswer(int status, String contentType, String body) {

	}

	/** Button apologies are sent from here, after Slack has had its answer. */
	@Override
	public void close() {
		this.apologies.shutdown();
	}

}
