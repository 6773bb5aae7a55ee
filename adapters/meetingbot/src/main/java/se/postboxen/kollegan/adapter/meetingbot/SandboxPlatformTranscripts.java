package se.postboxen.kollegan.adapter.meetingbot;

import java.util.Optional;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.transcript.PlatformTranscripts;
import se.postboxen.kollegan.transcript.Transcript;

/**
 * The sandbox platform's own transcript, for sandbox meetings the bot could not attend,
 * so the degraded path runs to a recap too. A link with {@code transcript=none} plays a
 * platform that has none (the organiser is then asked for an upload).
 */
public class SandboxPlatformTranscripts implements PlatformTranscripts {

	@Override
	public Optional<Transcript> fetch(Meeting meeting) {
		if (!SandboxScenario.HOST.equalsIgnoreCase(meeting.joinUrl().getHost())
				|| SandboxTranscripts.hasParameter(meeting.joinUrl(), "transcript=none")) {
			return Optional.empty();
		}
		return Optional.of(SandboxTranscripts.of(meeting.joinUrl()));
	}

}
