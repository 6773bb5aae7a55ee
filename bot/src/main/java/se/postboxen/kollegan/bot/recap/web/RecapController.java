package se.postboxen.kollegan.bot.recap.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.adapter.meetingbot.RecallTranscriptFile;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.meeting.VisibleMeetings;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.web.InvalidRequestException;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.legal.MeetingLegalReview;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingConclusions;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.recap.MeetingAnalysis;
import se.postboxen.kollegan.recap.ModelUsages;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptFormat;
import se.postboxen.kollegan.transcript.TranscriptReader;
import se.postboxen.kollegan.transcript.UnreadableTranscriptException;

/**
 * What a meeting came to: its recap, and the organiser's upload of a transcript when the
 * agent could not record the meeting and the platform had none.
 */
@RestController
@RequestMapping(path = "/api/agents/meetings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class RecapController {

	private final VisibleMeetings visibleMeetings;

	private final Recaps recaps;

	private final MeetingConclusions conclusions;

	private final Decisions decisions;

	private final ActionItems actions;

	private final MeetingAnalysis analysis;

	private final ModelUsages usages;

	private final CurrentUser currentUser;

	private final MeetingLegalReview legal;

	RecapController(VisibleMeetings visibleMeetings, Recaps recaps, MeetingConclusions conclusions, Decisions decisions,
			ActionItems actions, MeetingAnalysis analysis, ModelUsages usages, CurrentUser currentUser,
			MeetingLegalReview legal) {
		this.visibleMeetings = visibleMeetings;
		this.recaps = recaps;
		this.conclusions = conclusions;
		this.decisions = decisions;
		this.actions = actions;
		this.analysis = analysis;
		this.usages = usages;
		this.currentUser = currentUser;
		this.legal = legal;
	}

	@GetMapping("/recap")
	RecapResponse recap(@PathVariable UUID id) {
		return response(this.visibleMeetings.get(new MeetingId(id)));
	}

	/**
	 * A WebVTT or plain-text transcript, or the meeting-bot gateway's JSON
	 * ({@link RecallTranscriptFile}); 202 and the recap follows through the job queue.
	 * Speech of anyone who declined consent is removed before it is stored. JSON of
	 * another shape is refused with the field it went wrong at.
	 */
	@PostMapping(path = "/transcript",
			consumes = { "text/vtt", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<RecapResponse> upload(@PathVariable UUID id,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, @RequestBody byte[] body,
			UriComponentsBuilder uris) {
		Meeting meeting = this.visibleMeetings.ownedByCaller(new MeetingId(id));
		Transcript transcript = read(contentType, body);
		this.analysis.upload(meeting.tenantId(), meeting.id(), transcript,
				Actor.user(this.currentUser.get().subject()));
		return ResponseEntity.accepted()
			.location(uris.path("/api/agents/meetings/{id}/recap").buildAndExpand(id).toUri())
			.body(response(meeting));
	}

	private static Transcript read(String contentType, byte[] body) {
		if (!MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
			TranscriptFormat format = TranscriptFormat.ofMediaType(contentType).orElseThrow();
			return TranscriptReader.read(format, new String(body, StandardCharsets.UTF_8));
		}
		try {
			return RecallTranscriptFile.read(body);
		}
		catch (UnreadableTranscriptException ex) {
			String field = (ex.field() != null) ? ex.field() : "body";
			// The reader's words are fixed phrases and a path, never the transcript.
			throw new InvalidRequestException(List.of(new Problems.FieldError(field,
					"ingen läsbar transkription (mötesbottens JSON) / no readable transcript (the meeting bot's JSON): "
							+ ex.getMessage())));
		}
	}

	private RecapResponse response(Meeting meeting) {
		return RecapResponse.of(this.recaps.find(meeting.tenantId(), meeting.id()).orElse(null),
				this.conclusions.find(meeting.tenantId(), meeting.id()).orElse(null),
				this.decisions.findByMeeting(meeting.tenantId(), meeting.id()),
				this.actions.findByMeeting(meeting.tenantId(), meeting.id()),
				this.usages.of(meeting.tenantId(), meeting.id()), this.legal.of(meeting).orElse(null));
	}

}
