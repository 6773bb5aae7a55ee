package se.postboxen.kollegan.bot.recap.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.action.web.ActionAnswerForm;
import se.postboxen.kollegan.bot.meeting.VisibleMeetings;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.web.InvalidRequestException;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;

/**
 * Answering one of a meeting's actions from an API client, as a nudge's buttons and the
 * dashboard do: done, a new date, another owner. The use case decides who may (the owner,
 * the organiser or whoever booked Kollegan); the board follows through the job queue.
 */
@RestController
class ActionAnswerController {

	private final VisibleMeetings visibleMeetings;

	private final ActionItems actions;

	private final ActionFollowUps followUps;

	private final CurrentUser currentUser;

	ActionAnswerController(VisibleMeetings visibleMeetings, ActionItems actions, ActionFollowUps followUps,
			CurrentUser currentUser) {
		this.visibleMeetings = visibleMeetings;
		this.actions = actions;
		this.followUps = followUps;
		this.currentUser = currentUser;
	}

	/**
	 * 200 with the action as it now stands; 400 naming the field, 403 for someone who may
	 * see the action but not answer it, 404 for an action not in a visible meeting, 409
	 * when it is already closed.
	 */
	@PostMapping(path = "/api/agents/meetings/{id}/actions/{actionId}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> answer(@PathVariable UUID id, @PathVariable UUID actionId, @RequestBody ActionAnswerForm form) {
		Meeting meeting = this.visibleMeetings.get(new MeetingId(id));
		ActionItem action = this.actions.findById(meeting.tenantId(), new ActionItemId(actionId))
			.filter(found -> found.meetingId().equals(meeting.id()))
			.orElse(null);
		if (action == null) {
			return problem(Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND, "Åtgärden finns inte / No such action"));
		}
		ActionAnswer answer = form.toAnswer(action.id()).orElseThrow(() -> new InvalidRequestException(form.errors()));
		KolleganUser user = this.currentUser.get();
		ActionFollowUps.Result result = this.followUps.answer(meeting.tenantId(), answer,
				new Person(user.name(), user.email()), Actor.user(user.subject()));
		return switch (result) {
			case DONE, REDATED, REASSIGNED -> ResponseEntity.ok(RecapResponse.ActionResponse
				.of(this.actions.findById(meeting.tenantId(), action.id()).orElseThrow()));
			case NOT_FOUND ->
				problem(Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND, "Åtgärden finns inte / No such action"));
			case NOT_ALLOWED -> problem(Problems.FORBIDDEN.detail(HttpStatus.FORBIDDEN,
					"Bara ägaren, mötets arrangör eller den som bokade Kollegan / Only the owner, the organiser or whoever booked Kollegan"));
			case ALREADY_CLOSED -> problem(Problems.ACTION_CLOSED.detail(HttpStatus.CONFLICT, null));
			case DATE_IN_PAST -> throw new InvalidRequestException(
					List.of(new Problems.FieldError("due", "datumet har redan varit / the date has passed")));
		};
	}

	private static ResponseEntity<?> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
