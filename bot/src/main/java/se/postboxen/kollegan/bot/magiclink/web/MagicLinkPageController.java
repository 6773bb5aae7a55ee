package se.postboxen.kollegan.bot.magiclink.web;

import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.magiclink.MagicLink;
import se.postboxen.kollegan.magiclink.MagicLinkBooking;
import se.postboxen.kollegan.magiclink.MagicLinkException;
import se.postboxen.kollegan.magiclink.MagicLinkProblem;

/**
 * What opening a magic link shows: the meeting and a button to confirm (a page for
 * people, JSON for API clients), or a clear page or problem saying why the link does not
 * work — never a stack trace. Confirming is a form POST, so that link previews and mail
 * scanners that fetch the link cannot schedule anything.
 */
@Controller
class MagicLinkPageController {

	private final MagicLinkBooking booking;

	MagicLinkPageController(MagicLinkBooking booking) {
		this.booking = booking;
	}

	@GetMapping(path = "/m/{token}", produces = MediaType.TEXT_HTML_VALUE)
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("link", LinkView.of(this.booking.open(token)));
			model.addAttribute("token", token);
			model.addAttribute("state", "confirm");
		}
		catch (MagicLinkException ex) {
			problemPage(ex, model, response);
		}
		return "magic-link";
	}

	@GetMapping(path = "/m/{token}",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@ResponseBody
	ResponseEntity<Object> showJson(@PathVariable String token) {
		try {
			return ResponseEntity.ok(LinkView.of(this.booking.open(token)));
		}
		catch (MagicLinkException ex) {
			ProblemDetail problem = problem(ex.problem()).detail(status(ex.problem()), null);
			return ResponseEntity.status(status(ex.problem()))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
	}

	@PostMapping(path = "/m/{token}", produces = MediaType.TEXT_HTML_VALUE)
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			MagicLink link = this.booking.open(token);
			this.booking.confirm(token);
			// The link's own title and time: if the agent already attends that meeting
			// for someone else, nothing of theirs is shown here.
			model.addAttribute("meetingTitle", link.title());
			model.addAttribute("startsAt", link.startsAt().toOffsetDateTime());
			model.addAttribute("state", "done");
		}
		catch (MagicLinkException ex) {
			problemPage(ex, model, response);
		}
		return "magic-link";
	}

	private static void problemPage(MagicLinkException ex, Model model, HttpServletResponse response) {
		response.setStatus(status(ex.problem()).value());
		model.addAttribute("state", ex.problem().name().toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * Invalid links are "not found" (nothing to say about a link we did not sign);
	 * expired and used ones are gone.
	 */
	private static HttpStatus status(MagicLinkProblem problem) {
		return (problem == MagicLinkProblem.INVALID) ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
	}

	private static Problems problem(MagicLinkProblem problem) {
		return switch (problem) {
			case INVALID -> Problems.MAGIC_LINK_INVALID;
			case EXPIRED -> Problems.MAGIC_LINK_EXPIRED;
			case USED -> Problems.MAGIC_LINK_USED;
		};
	}

	record LinkView(String title, String joinUrl, OffsetDateTime startsAt, OffsetDateTime endsAt,
			OffsetDateTime expiresAt) {

		static LinkView of(MagicLink link) {
			return new LinkView(link.title(), link.joinUrl().toString(), link.startsAt().toOffsetDateTime(),
					link.endsAt().toOffsetDateTime(),
					link.expiresAt().atZone(link.startsAt().getZone()).toOffsetDateTime());
		}

	}

}
