package se.postboxen.kollegan.archfixture.meeting;

import org.springframework.web.bind.annotation.RestController;

/**
 * A core class gone wrong: it uses a Spring web type. Test-only: lies in a core package
 * so that LayeringTests can run the production rules on it.
 */
@RestController
public class LeakyMeetingEndpoint {

	public org.springframework.http.ResponseEntity<String> hello() {
		return org.springframework.http.ResponseEntity.ok("hej");
	}

}
