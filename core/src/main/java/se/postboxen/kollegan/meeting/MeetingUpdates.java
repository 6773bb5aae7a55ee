package se.postboxen.kollegan.meeting;

import java.time.Clock;

import se.postboxen.kollegan.shared.Transactions;

/**
 * Stores a meeting whose status changed and, once that is committed, tells live views
 * (never before: a rolled-back change must not flash on a dashboard).
 */
public final class MeetingUpdates {

	private final Meetings meetings;

	private final MeetingStatusFeed feed;

	private final Transactions transactions;

	private final Clock clock;

	public MeetingUpdates(Meetings meetings, MeetingStatusFeed feed, Transactions transactions, Clock clock) {
		this.meetings = meetings;
		this.feed = feed;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @throws ConcurrentMeetingUpdateException when someone else changed the meeting
	 * since it was read
	 */
	public Meeting saveAndTell(Meeting meeting) {
		Meeting saved = this.meetings.save(meeting);
		MeetingStatusChange change = MeetingStatusChange.of(saved, this.clock.instant());
		this.transactions.afterCommit(() -> this.feed.publish(change));
		return saved;
	}

}
