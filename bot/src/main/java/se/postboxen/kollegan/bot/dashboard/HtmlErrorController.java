package se.postboxen.kollegan.bot.dashboard;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What falls through to {@code /error} for a browser (an unknown address, a form sent
 * without its CSRF token) gets the dashboard's error page; every other client keeps the
 * problem+json answer, which is chosen whenever HTML is not what the client asked for.
 */
@Controller
class HtmlErrorController {

	@RequestMapping(path = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return PageErrors.page((status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
