package se.postboxen.kollegan.bot.chat.slack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import se.postboxen.kollegan.adapter.slack.SlackEvents;

/**
 * Slack's slash commands and button clicks, handed to Bolt as they arrived. A controller
 * rather than Bolt's {@code SlackAppServlet}: the request then passes the same filters as
 * every other webhook (body limit, correlation id, security headers) and failures reach
 * the one error controller. The body is read raw from the request: Spring would rebuild a
 * form body from its parameters, and the signature covers the exact bytes.
 */
@RestController
class SlackEventsController {

	private final ObjectProvider<SlackEvents> events;

	SlackEventsController(ObjectProvider<SlackEvents> events) {
		this.events = events;
	}

	@PostMapping("/slack/events")
	ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
		SlackEvents slack = this.events.getIfAvailable();
		if (slack == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Slack is not configured");
		}
		String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		SlackEvents.SlackAnswer answer = slack.receive(request.getRequestURI(), headers(request), body,
				request.getRemoteAddr());
		if (answer.status() >= 400) {
			// Bolt's own error bodies become the application's problem details.
			throw new ResponseStatusException(HttpStatus.valueOf(answer.status()), (answer.status() == 401)
					? "Missing or wrong Slack signature" : "Not a Slack request Kollegan takes");
		}
		return ResponseEntity.status(answer.status())
			.contentType(MediaType.parseMediaType(answer.contentType()))
			.body(answer.body());
	}

	private static Map<String, List<String>> headers(HttpServletRequest request) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.put(name.toLowerCase(Locale.ROOT), Collections.list(request.getHeaders(name)));
		}
		return headers;
	}

}
