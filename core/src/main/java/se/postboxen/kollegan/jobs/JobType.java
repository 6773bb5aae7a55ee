package se.postboxen.kollegan.jobs;

import java.time.Duration;

/**
 * The kinds of job, each with the payload it carries and how it is retried. Retry
 * policies follow what the work talks to: joins are time-critical and give up quickly,
 * pushes to task boards and nudges ride out longer upstream outages.
 */
public enum JobType {

	JOIN_MEETING(JobPayload.JoinMeeting.class, RetryPolicy.of(3, Duration.ofSeconds(5), Duration.ofMinutes(1))),

	JOIN_RETRY(JobPayload.JoinRetry.class, RetryPolicy.of(3, Duration.ofSeconds(5), Duration.ofMinutes(1))),

	POST_MEETING_ANALYSIS(JobPayload.PostMeetingAnalysis.class,
			RetryPolicy.of(5, Duration.ofSeconds(30), Duration.ofMinutes(30))),

	PUSH_ACTION(JobPayload.PushAction.class, RetryPolicy.of(5, Duration.ofSeconds(1), Duration.ofMinutes(10))),

	/** Follows a task completed or archived on its board, when the board says so. */
	SYNC_TASK_STATE(JobPayload.SyncTaskState.class, RetryPolicy.of(5, Duration.ofSeconds(5), Duration.ofMinutes(10))),

	/** Changes an action's task on its board as an answer here changed the action. */
	UPDATE_TASK(JobPayload.UpdateTask.class, RetryPolicy.of(5, Duration.ofSeconds(1), Duration.ofMinutes(10))),

	NUDGE_ACTION(JobPayload.NudgeAction.class, RetryPolicy.of(5, Duration.ofSeconds(1), Duration.ofMinutes(10))),

	PRE_BRIEF(JobPayload.PreBrief.class, RetryPolicy.of(3, Duration.ofSeconds(10), Duration.ofMinutes(5))),

	/** Mails one participant the post-brief; mail servers get time to come back. */
	POST_BRIEF(JobPayload.PostBrief.class, RetryPolicy.of(5, Duration.ofSeconds(30), Duration.ofMinutes(30))),

	REGWATCH_FETCH(JobPayload.RegwatchFetch.class, RetryPolicy.of(4, Duration.ofMinutes(1), Duration.ofMinutes(30))),

	/** Fans out one {@link #REGWATCH_FETCH} per enabled source, hosts spread out. */
	REGWATCH_SCAN(JobPayload.RegwatchScan.class, RetryPolicy.of(3, Duration.ofSeconds(30), Duration.ofMinutes(5))),

	/** Tells administrators of a relevant regulatory change, by chat or else by mail. */
	REGWATCH_ALERT(JobPayload.RegwatchAlert.class, RetryPolicy.of(5, Duration.ofSeconds(30), Duration.ofMinutes(30))),

	/** Tells one administrator or auditor of break-glass access opened or ended. */
	BREAK_GLASS_NOTICE(JobPayload.TellBreakGlass.class,
			RetryPolicy.of(5, Duration.ofSeconds(30), Duration.ofMinutes(30))),

	/** Records that break-glass access ran out, at its expiry. */
	BREAK_GLASS_EXPIRY(JobPayload.ExpireBreakGlass.class,
			RetryPolicy.of(8, Duration.ofSeconds(10), Duration.ofMinutes(10))),

	RETENTION_SWEEP(JobPayload.RetentionSweep.class, RetryPolicy.of(3, Duration.ofMinutes(1), Duration.ofMinutes(30))),

	/** Fans out one {@link #CALENDAR_SYNC} per connected calendar. */
	CALENDAR_SCAN(JobPayload.CalendarScan.class, RetryPolicy.of(3, Duration.ofSeconds(30), Duration.ofMinutes(5))),

	CALENDAR_SYNC(JobPayload.CalendarSync.class, RetryPolicy.of(3, Duration.ofMinutes(1), Duration.ofMinutes(10))),

	/** Renews Microsoft 365 change-notification subscriptions before they lapse. */
	MICROSOFT_RENEWAL(JobPayload.MicrosoftRenewal.class,
			RetryPolicy.of(5, Duration.ofMinutes(1), Duration.ofMinutes(15))),

	/** Moves the window of recurring series that arrived by invitation on. */
	SERIES_EXTEND(JobPayload.SeriesExtend.class, RetryPolicy.of(3, Duration.ofMinutes(5), Duration.ofMinutes(30))),

	/** Reads invitations from the agent's Microsoft 365 mailbox. */
	MAILBOX_POLL(JobPayload.MailboxPoll.class, RetryPolicy.of(2, Duration.ofSeconds(10), Duration.ofSeconds(30))),

	/** Tells an organiser what became of their invitation. */
	ORGANISER_NOTICE(JobPayload.OrganiserNotice.class,
			RetryPolicy.of(5, Duration.ofSeconds(30), Duration.ofMinutes(30))),

	/** Takes a bot out of its meeting; the gateway is asked until it answers. */
	LEAVE_MEETING(JobPayload.LeaveMeeting.class, RetryPolicy.of(6, Duration.ofSeconds(2), Duration.ofMinutes(2))),

	/**
	 * Deletes the gateway's copy of a meeting; a bot still leaving cannot be emptied yet,
	 * so this waits longer between tries.
	 */
	FORGET_RECORDING(JobPayload.ForgetRecording.class,
			RetryPolicy.of(8, Duration.ofSeconds(10), Duration.ofMinutes(30))),

	/** Carries out a chat command and answers it where it was asked. */
	CHAT_COMMAND(JobPayload.ChatCommandReceived.class,
			RetryPolicy.of(4, Duration.ofSeconds(2), Duration.ofSeconds(30))),

	/** Records a consent answer given in chat, under the address of who gave it. */
	CHAT_CONSENT(JobPayload.ChatConsentAnswer.class, RetryPolicy.of(4, Duration.ofSeconds(2), Duration.ofSeconds(30))),

	/** Applies a nudge answered in chat and tells the person what came of it. */
	CHAT_ACTION(JobPayload.ChatActionAnswer.class, RetryPolicy.of(4, Duration.ofSeconds(2), Duration.ofSeconds(30))),

	/** Posts a lobby notice or a recap into a meeting's chat. */
	CHAT_NOTICE(JobPayload.ChatNotice.class, RetryPolicy.of(5, Duration.ofSeconds(5), Duration.ofMinutes(5))),

	/** Posts the consent card when the agent is in a meeting. */
	CONSENT_REQUEST(JobPayload.ConsentRequest.class, RetryPolicy.of(4, Duration.ofSeconds(2), Duration.ofSeconds(30))),

	/** Acts on a Microsoft 365 lifecycle notification (renew, resubscribe, resync). */
	MICROSOFT_LIFECYCLE(JobPayload.MicrosoftLifecycle.class,
			RetryPolicy.of(5, Duration.ofSeconds(30), Duration.ofMinutes(15))),

	/**
	 * Tells the customer's billing of a switch in the module shop; billing gets about
	 * four and a half hours to come back before the job is dead.
	 */
	BILL_MODULE_CHANGE(JobPayload.BillModuleChange.class,
			RetryPolicy.of(10, Duration.ofSeconds(30), Duration.ofHours(2)));

	private final Class<? extends JobPayload> payloadType;

	private final RetryPolicy retryPolicy;

	JobType(Class<? extends JobPayload> payloadType, RetryPolicy retryPolicy) {
		this.payloadType = payloadType;
		this.retryPolicy = retryPolicy;
	}

	/** The type whose payload this is. */
	public static JobType of(JobPayload payload) {
		for (JobType type : values()) {
			if (type.payloadType == payload.getClass()) {
				return type;
			}
		}
		throw new IllegalStateException("No job type carries " + payload.getClass().getSimpleName());
	}

	public Class<? extends JobPayload> payloadType() {
		return this.payloadType;
	}

	public RetryPolicy retryPolicy() {
		return this.retryPolicy;
	}

}
