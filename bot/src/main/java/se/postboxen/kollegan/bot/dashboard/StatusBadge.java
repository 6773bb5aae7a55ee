package se.postboxen.kollegan.bot.dashboard;

import java.util.Arrays;
import java.util.List;

import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.MeetingStatusChange;

/** A status with the colour the dashboard shows it in. */
record StatusBadge(MeetingStatus status, MeetingStatusChange.Colour colour) {

	static final List<StatusBadge> ALL = Arrays.stream(MeetingStatus.values())
		.map(status -> new StatusBadge(status, MeetingStatusChange.colour(status)))
		.toList();

}
