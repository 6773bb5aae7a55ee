package se.postboxen.kollegan.meeting;

/**
 * Where status changes go for live views, across all instances (Redis pub/sub in
 * production). Best effort: a change that does not get through is seen at the next read.
 */
public interface MeetingStatusFeed {

	void publish(MeetingStatusChange change);

}
