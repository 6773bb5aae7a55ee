package se.postboxen.kollegan.bot.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;

/**
 * Writes a problem+json body outside Spring MVC (security filters, rate limits), with the
 * same JSON shape as the MVC handlers produce.
 */
@Component
public class ProblemWriter {

	// Spring's converter registers the ProblemDetail mix-in that flattens "properties".
	private final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter();

	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		this.converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
	}

}
