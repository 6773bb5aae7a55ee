package se.postboxen.kollegan.attendance;

import java.util.Optional;

import se.postboxen.kollegan.meeting.MeetingId;

/** The bots sent to meetings, one current bot per meeting. */
public interface MeetingBots {

	/** Stores the meeting's current bot, replacing an earlier one. */
	void save(MeetingBot bot);

	Optional<MeetingBot> findByBotId(String botId);

	Optional<MeetingBot> findByMeeting(MeetingId meetingId);

}
