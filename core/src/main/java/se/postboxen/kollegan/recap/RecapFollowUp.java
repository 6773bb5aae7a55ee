package se.postboxen.kollegan.recap;

import java.time.Instant;

import se.postboxen.kollegan.meeting.Meeting;

/**
 * What follows a published recap (nudges scheduled for its actions, the actions pushed to
 * the task board): done in the transaction that publishes the recap, so that it happens
 * exactly when the recap exists. Each follow-up must be idempotent, as a recap may be
 * published again (a new transcript, a retried job).
 */
public interface RecapFollowUp {

	void published(Meeting meeting, Instant at);

}
