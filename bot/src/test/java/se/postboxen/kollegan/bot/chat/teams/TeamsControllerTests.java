package se.postboxen.kollegan.bot.chat.teams;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import se.postboxen.kollegan.adapter.teams.ConnectorAuthentication;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint of a Kollegan with no Teams bot registration configured. */
class TeamsControllerTests {

	@Test
	void saysTeamsIsNotConfiguredWhenItIsNot() {
		TeamsController controller = new TeamsController(
				new StaticListableBeanFactory().getBeanProvider(ConnectorAuthentication.class), null, null);

		ResponseEntity<Object> response = controller.receive("Bearer x", "{}".getBytes(StandardCharsets.UTF_8));

		assertThat(response.getStatusCode().value()).isEqualTo(404);
		assertThat(response.getBody()).isInstanceOfSatisfying(ProblemDetail.class,
				problem -> assertThat(problem.getDetail()).contains("Teams is not configured"));
	}

}
