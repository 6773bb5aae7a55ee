package se.postboxen.kollegan.bot.dashboard;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.action.TaskPush;
import se.postboxen.kollegan.action.TaskPushes;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.action.web.ActionAnswerForm;
import se.postboxen.kollegan.bot.meeting.VisibleMeetings;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.legal.MeetingLegalReview;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingConclusions;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.offboarding.Offboarding;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.recap.Recaps;

/**
 * One meeting: what it came to (summary, decisions, action items with the words they came
 * from), who consented to what, how it ended, its briefs before and after; answering its
 * actions (done, a new date, another owner) and removing the agent with everything it
 * kept, after a confirmation, ending on the deletion receipt. The same use cases and the
 * same visibility rule as the API: a meeting the user may not see is not found.
 */
@Controller
class MeetingPageController {

	/** The flash attributes a form's outcome travels in to the page it redirects to. */
	static final String NOTICE = "notice";

	static final String NOTICE_IS_ERROR = "noticeIsError";

	private final VisibleMeetings visibleMeetings;

	private final ListedMeetings rows;

	private final Recaps recaps;

	private final MeetingConclusions conclusions;

	private final Decisions decisions;

	private final ActionItems actions;

	private final TaskPushes pushes;

	private final ConsentRecords consentRecords;

	private final ActionFollowUps followUps;

	private final Offboarding offboarding;

	private final CurrentUser currentUser;

	private final MeetingBriefs briefs;

	private final MeetingLegalReview legal;

	MeetingPageController(VisibleMeetings visibleMeetings, ListedMeetings rows, Recaps recaps,
			MeetingConclusions conclusions, Decisions decisions, ActionItems actions, TaskPushes pushes,
			ConsentRecords consentRecords, ActionFollowUps followUps, Offboarding offboarding, CurrentUser currentUser,
			MeetingBriefs briefs, MeetingLegalReview legal) {
		this.visibleMeetings = visibleMeetings;
		this.rows = rows;
		this.recaps = recaps;
		this.conclusions = conclusions;
		this.decisions = decisions;
		this.actions = actions;
		this.pushes = pushes;
		this.consentRecords = consentRecords;
		this.followUps = followUps;
		this.offboarding = offboarding;
		this.currentUser = currentUser;
		this.briefs = briefs;
		this.legal = legal;
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable UUID id, Model model) {
		Meeting meeting = this.visibleMeetings.get(new MeetingId(id));
		Map<ActionItemId, TaskPush> pushed = this.pushes.findByMeeting(meeting.tenantId(), meeting.id());
		EmailAddress viewer = this.currentUser.get().email();
		// Forms are offered only to those the use cases would let act; the checks stay
		// in the use cases.
		model.addAttribute("mayOffboard", this.visibleMeetings.isOwnedByCaller(meeting));
		model.addAttribute("meeting", this.rows.of(meeting));
		model.addAttribute("organizer", meeting.organizer());
		model.addAttribute("recap", this.recaps.find(meeting.tenantId(), meeting.id()).orElse(null));
		model.addAttribute("conclusion", this.conclusions.find(meeting.tenantId(), meeting.id()).orElse(null));
		model.addAttribute("decisions",
				this.decisions.findByMeeting(meeting.tenantId(), meeting.id())
					.stream()
					.map(decision -> new DecisionView(decision.text(), ActionView.nameOf(decision.speaker()),
							SaidAt.of(decision.source())))
					.toList());
		// Cancelled actions are those a newer transcript no longer has, as in the API.
		model.addAttribute("actions",
				this.actions.findByMeeting(meeting.tenantId(), meeting.id())
					.stream()
					.filter(action -> action.status() != ActionStatus.CANCELLED)
					.map(action -> ActionView.of(action, pushed.get(action.id()),
							ActionFollowUps.mayAnswer(action, meeting, viewer)))
					.toList());
		model.addAttribute("consents", this.consentRecords.findByMeeting(meeting.tenantId(), meeting.id()));
		model.addAttribute("briefs", this.briefs.of(meeting));
		// Juridik-Gunnar's reading, as in the API: only at Juridik with the module on.
		model.addAttribute("legal",
				this.legal.of(meeting)
					.map(analysis -> analysis.findings()
						.stream()
						.map(finding -> new LegalFindingView(finding.kind().name(), finding.rule(), finding.speaker(),
								SaidAt.of(finding.source())))
						.toList())
					.orElse(null));
		return "meeting";
	}

	/**
	 * An answer to one of the meeting's actions, given by the signed-in user: the use
	 * case decides whether they may (the owner, the organiser or whoever booked the
	 * agent) and the page says what came of it.
	 */
	@PostMapping("/meetings/{id}/actions/{actionId}")
	String answer(@PathVariable UUID id, @PathVariable UUID actionId, ActionAnswerForm form,
			RedirectAttributes redirect) {
		Meeting meeting = this.visibleMeetings.get(new MeetingId(id));
		ActionItem action = this.actions.findById(meeting.tenantId(), new ActionItemId(actionId))
			.filter(found -> found.meetingId().equals(meeting.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<ActionAnswer> parsed = form.toAnswer(action.id());
		String outcome;
		boolean failed;
		if (parsed.isEmpty()) {
			// A date or an address that is not one; the browser's own checks usually
			// catch it first.
			outcome = "action.invalid." + form.kind().map(ActionAnswer.Kind::wireName).orElse("answer");
			failed = true;
		}
		else {
			KolleganUser user = this.currentUser.get();
			ActionFollowUps.Result result = this.followUps.answer(meeting.tenantId(), parsed.get(),
					new Person(user.name(), user.email()), Actor.user(user.subject()));
			outcome = "action.result." + result.name();
			failed = result != ActionFollowUps.Result.DONE && result != ActionFollowUps.Result.REDATED
					&& result != ActionFollowUps.Result.REASSIGNED;
		}
		redirect.addFlashAttribute(NOTICE, outcome);
		redirect.addFlashAttribute(NOTICE_IS_ERROR, failed);
		return "redirect:/meetings/" + meeting.id().value() + "#action-" + action.id().value();
	}

	/** The confirmation step: what will be deleted, and the one button that does it. */
	@GetMapping("/meetings/{id}/offboard")
	String confirmOffboarding(@PathVariable UUID id, Model model) {
		model.addAttribute("meeting", this.rows.of(this.visibleMeetings.ownedByCaller(new MeetingId(id))));
		return "offboard";
	}

	@PostMapping("/meetings/{id}/offboard")
	String offboard(@PathVariable UUID id, RedirectAttributes redirect) {
		Meeting meeting = this.visibleMeetings.ownedByCaller(new MeetingId(id));
		redirect.addFlashAttribute("receipt", Receipt.of(this.offboarding.meeting(meeting.tenantId(), meeting.id(),
				Actor.user(this.currentUser.get().subject()))));
		return "redirect:/meetings/" + meeting.id().value() + "/receipt";
	}

	/**
	 * The receipt, shown once right after the deletion: the meeting is gone, so there is
	 * nothing to show it from later.
	 */
	@GetMapping("/meetings/{id}/receipt")
	String receipt(Model model) {
		if (!model.containsAttribute("receipt")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "receipt";
	}

	/** A statement Juridik-Gunnar found, with the rule it touches. */
	record LegalFindingView(String kind, String rule, String speaker, @Nullable SaidAt said) {

	}

	/** A decision as the page shows it; the speaker by name, else by address. */
	record DecisionView(String text, @Nullable String speaker, @Nullable SaidAt said) {

	}

}
