package se.postboxen.kollegan.meeting;

/**
 * What follows a meeting's booking (the briefs prepared before it): called in the
 * transaction that writes the booking — a new meeting, a moved or changed one, a
 * cancelled one — so that the jobs it queues exist exactly when the booking does. Each
 * follow-up brings its jobs in line with the meeting as it now is, whatever it queued for
 * an earlier revision.
 */
public interface BookingFollowUp {

	void bookingChanged(Meeting meeting);

}
