package se.postboxen.kollegan.bot.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import se.postboxen.kollegan.meeting.MeetingNotFoundException;

/**
 * Failures of dashboard pages become pages in the dashboard's layout, saying in words
 * what happened and where to go, never a stack trace; ahead of the API's problem+json
 * handler, which answers every other controller.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger logger = LoggerFactory.getLogger(PageErrors.class);

	/**
	 * The error page for a status, in the layout; the status decides its words. It has no
	 * language switch: its address is not a page to come back to.
	 */
	static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("errorPage", true);
		return page;
	}

	@ExceptionHandler(MeetingNotFoundException.class)
	ModelAndView notFound(MeetingNotFoundException ex) {
		return page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(AccessDeniedException ex) {
		return page(HttpStatus.FORBIDDEN);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badRequest(Exception ex) {
		return page(HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView status(ResponseStatusException ex) {
		HttpStatus status = HttpStatus.resolve(ex.getStatusCode().value());
		return page((status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) {
		logger.error("Unexpected failure of a dashboard page", ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
