package se.postboxen.kollegan.bot.chat.teams;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.adapter.teams.ConnectorAuthentication;
import se.postboxen.kollegan.adapter.teams.TeamsRejection;
import se.postboxen.kollegan.adapter.teams.api.Activity;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * The Teams bot's messaging endpoint, where the Bot Connector posts activities: the token
 * is verified before the body is believed, the directory must be a tenant's, and then the
 * activity's handler translates it and queues the work (or, for a card button, answers in
 * this same response, as Teams requires). Anything not genuine is a 401 or 403 problem
 * with nothing done.
 */
@RestController
class TeamsController {

	private static final Logger logger = LoggerFactory.getLogger(TeamsController.class);

	private final ObjectProvider<ConnectorAuthentication> authentication;

	private final Tenants tenants;

	private final TeamsActivities activities;

	TeamsController(ObjectProvider<ConnectorAuthentication> authentication, Tenants tenants,
			TeamsActivities activities) {
		this.authentication = authentication;
		this.tenants = tenants;
		this.activities = activities;
	}

	@PostMapping(path = "/api/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> receive(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestBody byte[] body) {
		ConnectorAuthentication connector = this.authentication.getIfAvailable();
		if (connector == null) {
			return problem(Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND,
					"Teams är inte konfigurerat / Teams is not configured"));
		}
		Activity activity;
		try {
			activity = connector.authenticate(authorization, body);
		}
		catch (TeamsRejection ex) {
			logger.info("Rejected a request to the Teams endpoint: {}", ex.getMessage());
			return problem(rejected(ex.reason()));
		}
		String directoryId = activity.directoryId();
		Optional<Tenant> tenant = (directoryId != null) ? this.tenants.findByDirectoryId(directoryId)
				: Optional.empty();
		if (tenant.isEmpty()) {
			return problem(Problems.UNKNOWN_TENANT.detail(HttpStatus.FORBIDDEN,
					"Kollegan är inte installerat i den här organisationen / Kollegan is not set up for this organisation"));
		}
		return this.activities.handle(tenant.get().id(), activity);
	}

	private static ProblemDetail rejected(TeamsRejection.Reason reason) {
		return switch (reason) {
			case UNAUTHENTICATED -> Problems.UNAUTHENTICATED.detail(HttpStatus.UNAUTHORIZED,
					"Ingen giltig token från Bot Connector / No valid Bot Connector token");
			case FORBIDDEN -> Problems.FORBIDDEN.detail(HttpStatus.FORBIDDEN,
					"Token gäller inte den här boten eller aktiviteten / The token is not for this bot or activity");
			case MALFORMED -> Problems.MALFORMED_BODY.detail(HttpStatus.BAD_REQUEST,
					"Förfrågan är ingen aktivitet / The body is not an activity");
			case UNAVAILABLE -> Problems.INTERNAL_ERROR.detail(HttpStatus.SERVICE_UNAVAILABLE,
					"Bot Connectors nycklar kan inte hämtas just nu / The Bot Connector's keys cannot be fetched now");
		};
	}

	private static ResponseEntity<Object> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
