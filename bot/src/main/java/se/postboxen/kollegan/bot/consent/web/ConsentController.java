package se.postboxen.kollegan.bot.consent.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.bot.meeting.VisibleMeetings;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;

/** The consent answers of a meeting, as its post-brief shows them. */
@RestController
class ConsentController {

	private final VisibleMeetings visibleMeetings;

	private final ConsentRecords consentRecords;

	ConsentController(VisibleMeetings visibleMeetings, ConsentRecords consentRecords) {
		this.visibleMeetings = visibleMeetings;
		this.consentRecords = consentRecords;
	}

	@GetMapping(path = "/api/agents/meetings/{id}/consent", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ConsentRecordResponse> consent(@PathVariable UUID id) {
		Meeting meeting = this.visibleMeetings.get(new MeetingId(id));
		return this.consentRecords.findByMeeting(meeting.tenantId(), meeting.id())
			.stream()
			.map(ConsentRecordResponse::of)
			.toList();
	}

}
