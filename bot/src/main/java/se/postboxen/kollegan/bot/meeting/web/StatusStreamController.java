package se.postboxen.kollegan.bot.meeting.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import se.postboxen.kollegan.bot.security.CurrentUser;

/**
 * Live meeting status as server-sent events: one {@code status} event per change of a
 * meeting the caller may see, from whichever instance the change happened on.
 */
@RestController
class StatusStreamController {

	private final MeetingStatusStreams streams;

	private final CurrentUser currentUser;

	StatusStreamController(MeetingStatusStreams streams, CurrentUser currentUser) {
		this.streams = streams;
		this.currentUser = currentUser;
	}

	@GetMapping(path = "/api/agents/status/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream() {
		return this.streams.open(this.currentUser.get());
	}

}
