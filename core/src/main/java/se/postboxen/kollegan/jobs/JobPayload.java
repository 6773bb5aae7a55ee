package se.postboxen.kollegan.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

/**
 * What a job is to do, one record per {@link JobType}: the closed set of work Kollegan
 * queues.
 */
public sealed interface JobPayload {

	default JobType type() {
		return JobType.of(this);
	}

	/** Send the meeting bot to a meeting. */
	record JoinMeeting(MeetingId meetingId) implements JobPayload {

		public JoinMeeting {
			Objects.requireNonNull(meetingId, "meetingId");
		}

	}

	/** Try again to get the bot in, after a retryable failure. */
	record JoinRetry(MeetingId meetingId, int attempt) implements JobPayload {

		public JoinRetry {
			Objects.requireNonNull(meetingId, "meetingId");
		}

	}

	/** Build the recap from the platform's or an uploaded transcript. */
	record PostMeetingAnalysis(MeetingId meetingId) implements JobPayload {

		public PostMeetingAnalysis {
			Objects.requireNonNull(meetingId, "meetingId");
		}

	}

	/** Push an action item to the tenant's task board. */
	record PushAction(ActionItemId actionItemId) implements JobPayload {

		public PushAction {
			Objects.requireNonNull(actionItemId, "actionItemId");
		}

	}

	/**
	 * Read the state of an action's task on its board and follow it here (a task board
	 * said the task changed).
	 */
	record SyncTaskState(ActionItemId actionItemId) implements JobPayload {

		public SyncTaskState {
			Objects.requireNonNull(actionItemId, "actionItemId");
		}

	}

	/**
	 * Change an action's task on its board as an answer here changed the action: the
	 * action's state, date or owner as it stands when the job runs.
	 *
	 * @param formerOwner for {@link ActionAnswer.Kind#REASSIGN}, the owner the task was
	 * assigned to, to be unassigned
	 */
	record UpdateTask(ActionItemId actionItemId, ActionAnswer.Kind change,
			@Nullable EmailAddress formerOwner) implements JobPayload {

		public UpdateTask {
			Objects.requireNonNull(actionItemId, "actionItemId");
			Objects.requireNonNull(change, "change");
		}

	}

	/** Remind an action's owner; {@code nudge} counts from 1. */
	record NudgeAction(ActionItemId actionItemId, int nudge) implements JobPayload {

		public NudgeAction {
			Objects.requireNonNull(actionItemId, "actionItemId");
			if (nudge < 1) {
				throw new IllegalArgumentException("nudge counts from 1");
			}
		}

	}

	/**
	 * Prepare the brief before a meeting and send it to the organiser.
	 *
	 * @param startsAt the start the brief was queued for: a meeting moved since has
	 * briefs of its own, so this one is not sent
	 */
	record PreBrief(MeetingId meetingId, Instant startsAt) implements JobPayload {

		public PreBrief {
			Objects.requireNonNull(meetingId, "meetingId");
			Objects.requireNonNull(startsAt, "startsAt");
		}

	}

	/** Send a meeting's post-brief to one of its participants. */
	record PostBrief(MeetingId meetingId, EmailAddress recipient) implements JobPayload {

		public PostBrief {
			Objects.requireNonNull(meetingId, "meetingId");
			Objects.requireNonNull(recipient, "recipient");
		}

	}

	/** Fetch one regwatch source. */
	record RegwatchFetch(RegwatchSourceId sourceId) implements JobPayload {

		public RegwatchFetch {
			Objects.requireNonNull(sourceId, "sourceId");
		}

	}

	/** Queue a fetch of every enabled regwatch source. */
	record RegwatchScan() implements JobPayload {

	}

	/**
	 * Tell a tenant's administrators that a version of a watched item bears on their
	 * topics.
	 */
	record RegwatchAlert(se.postboxen.kollegan.regwatch.RegwatchItemId itemId, int version) implements JobPayload {

		public RegwatchAlert {
			Objects.requireNonNull(itemId, "itemId");
		}

	}

	/** Tell one person that break-glass access was opened or has ended. */
	record TellBreakGlass(se.postboxen.kollegan.breakglass.BreakGlassGrantId grantId,
			se.postboxen.kollegan.breakglass.BreakGlassNotice.Kind kind, EmailAddress recipient) implements JobPayload {

		public TellBreakGlass {
			Objects.requireNonNull(grantId, "grantId");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(recipient, "recipient");
		}

	}

	/** Record the end of break-glass access at its expiry. */
	record ExpireBreakGlass(se.postboxen.kollegan.breakglass.BreakGlassGrantId grantId) implements JobPayload {

		public ExpireBreakGlass {
			Objects.requireNonNull(grantId, "grantId");
		}

	}

	/** Delete what retention no longer allows to be kept. */
	record RetentionSweep() implements JobPayload {

	}

	/** Queue a sync of every calendar that is polled. */
	record CalendarScan() implements JobPayload {

	}

	/** Sync one user's calendar. */
	record CalendarSync(TenantId tenantId, UserId userId) implements JobPayload {

		public CalendarSync {
			Objects.requireNonNull(tenantId, "tenantId");
			Objects.requireNonNull(userId, "userId");
		}

	}

	/** Renew the Microsoft 365 subscriptions that would lapse soon. */
	record MicrosoftRenewal() implements JobPayload {

	}

	/** What Microsoft's lifecycle notification said about one subscription. */
	record MicrosoftLifecycle(String subscriptionId, String lifecycleEvent) implements JobPayload {

		public MicrosoftLifecycle {
			Objects.requireNonNull(subscriptionId, "subscriptionId");
			Objects.requireNonNull(lifecycleEvent, "lifecycleEvent");
		}

	}

	/**
	 * Tell an organiser something about their meeting: that the invitation has no link
	 * the agent can join, or that the agent waits in the lobby to be admitted.
	 */
	record OrganiserNotice(TenantId tenantId, EmailAddress organiser, String meetingTitle,
			@Nullable Kind kind) implements JobPayload {

		public enum Kind {

			NOT_JOINABLE, IN_LOBBY,

			/** No transcript could be had: the organiser is asked to upload one. */
			TRANSCRIPT_WANTED

		}

		public OrganiserNotice {
			Objects.requireNonNull(tenantId, "tenantId");
			Objects.requireNonNull(organiser, "organiser");
			Objects.requireNonNull(meetingTitle, "meetingTitle");
			// Notices queued before there were kinds were all about missing links.
			kind = (kind != null) ? kind : Kind.NOT_JOINABLE;
		}

	}

	/**
	 * Take a bot out of its meeting (consent was declined, or the meeting offboarded).
	 */
	record LeaveMeeting(String botId) implements JobPayload {

		public LeaveMeeting {
			Objects.requireNonNull(botId, "botId");
		}

	}

	/**
	 * Have the gateway delete what it keeps of a bot's meeting (recording, transcript,
	 * participants). Names the bot only, never the meeting, so it outlives the meeting's
	 * erasure.
	 */
	record ForgetRecording(String botId) implements JobPayload {

		public ForgetRecording {
			Objects.requireNonNull(botId, "botId");
		}

	}

	/**
	 * A chat command as the platform delivered it: the text is parsed when the job runs,
	 * so the queue keeps plain data.
	 */
	record ChatCommandReceived(ChatPlatformKind platform, @Nullable String userName, @Nullable EmailAddress userEmail,
			@Nullable String platformUserId, String text, String replyTo, @Nullable String platformMeetingId,
			String language) implements JobPayload {

		public ChatCommandReceived {
			Objects.requireNonNull(platform, "platform");
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(replyTo, "replyTo");
			Objects.requireNonNull(language, "language");
		}

	}

	/**
	 * A consent button pressed in chat: recorded when the job runs, once the platform has
	 * said who pressed it (an address, not just a display name anyone can change).
	 */
	record ChatConsentAnswer(ChatPlatformKind platform, MeetingId meetingId, @Nullable String userName,
			@Nullable String platformUserId, String replyTo, ConsentLevel level, ConsentAnswer answer,
			Instant at) implements JobPayload {

		public ChatConsentAnswer {
			Objects.requireNonNull(platform, "platform");
			Objects.requireNonNull(meetingId, "meetingId");
			Objects.requireNonNull(replyTo, "replyTo");
			Objects.requireNonNull(level, "level");
			Objects.requireNonNull(answer, "answer");
			Objects.requireNonNull(at, "at");
		}

	}

	/**
	 * A nudge answered in chat (a button, a date picked, a person chosen): applied when
	 * the job runs, once the platform has said who answered.
	 *
	 * @param newOwnerEmail the new owner, when the platform gave an address
	 * @param newOwnerPlatformUserId the new owner, when the platform named them by its
	 * own id (asked for their address when the job runs)
	 */
	record ChatActionAnswer(ChatPlatformKind platform, ActionItemId actionItemId, ActionAnswer.Kind kind,
			@Nullable LocalDate newDue, @Nullable EmailAddress newOwnerEmail, @Nullable String newOwnerPlatformUserId,
			@Nullable String userName, @Nullable String platformUserId, String replyTo,
			String language) implements JobPayload {

		public ChatActionAnswer {
			Objects.requireNonNull(platform, "platform");
			Objects.requireNonNull(actionItemId, "actionItemId");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(replyTo, "replyTo");
			Objects.requireNonNull(language, "language");
		}

	}

	/**
	 * Tell a meeting's chat something: the agent waits in the lobby, or the recap is
	 * ready.
	 */
	record ChatNotice(MeetingId meetingId, Kind kind) implements JobPayload {

		public ChatNotice {
			Objects.requireNonNull(meetingId, "meetingId");
			Objects.requireNonNull(kind, "kind");
		}

		public enum Kind {

			LOBBY, RECAP

		}

	}

	/**
	 * Post the consent card into a meeting the agent has joined, to everyone, or to one
	 * participant who joined later.
	 */
	record ConsentRequest(MeetingId meetingId, @Nullable Person participant) implements JobPayload {

		public ConsentRequest {
			Objects.requireNonNull(meetingId, "meetingId");
		}

		public ConsentRequest(MeetingId meetingId) {
			this(meetingId, null);
		}

	}

	/** Extend every stored recurring series by a day's worth of occurrences. */
	record SeriesExtend() implements JobPayload {

	}

	/** Read the agent's mailbox. */
	record MailboxPoll() implements JobPayload {

	}

	/**
	 * Tell the customer's billing that a module was switched on or off for a tenant.
	 *
	 * @param eventId the billing event's id, the same on every attempt
	 * @param priceSekPerMonth the module's price when it was switched
	 * @param at when it was switched
	 */
	record BillModuleChange(java.util.UUID eventId, TenantId tenantId, se.postboxen.kollegan.module.Module module,
			boolean enabled, int priceSekPerMonth, Instant at) implements JobPayload {

		public BillModuleChange {
			Objects.requireNonNull(eventId, "eventId");
			Objects.requireNonNull(tenantId, "tenantId");
			Objects.requireNonNull(module, "module");
			Objects.requireNonNull(at, "at");
		}

	}

}
