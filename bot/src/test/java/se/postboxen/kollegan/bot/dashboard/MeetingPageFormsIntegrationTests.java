package se.postboxen.kollegan.bot.dashboard;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting page offers a form only to whoever the use case behind it would let act: an
 * action's answers to its owner, the organiser and the booker; removing the agent to the
 * organiser, the booker and administrators. Everyone else reads the same page without
 * them.
 */
@KolleganIntegrationTest
class MeetingPageFormsIntegrationTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final Person ASTRID = Person.of("Astrid Ek", "astrid.ek@kommun-a.example");

	private static final Person ERIK = Person.of("Erik Lund", "erik.lund@kommun-a.example");

	private static final Person SARA = Person.of("Sara Nilsson", "sara.nilsson@kommun-a.example");

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	Meetings meetings;

	@Autowired
	ActionItems actions;

	@Test
	void aParticipantAnswersOnlyTheirOwnActionAndCannotRemoveTheAgent() {
		TenantId tenant = this.tenants.findBySlug("demo-a").orElseThrow().id();
		ZonedDateTime start = ZonedDateTime.now(STOCKHOLM).truncatedTo(ChronoUnit.MINUTES).minusHours(2);
		Meeting meeting = this.meetings
			.save(Meeting.schedule(tenant, "Formulär " + UUID.randomUUID().toString().substring(0, 8), null,
					URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + UUID.randomUUID()), start,
					start.plusHours(1), SARA, List.of(ERIK, ASTRID), ExternalIds.NONE, 0, null));
		ActionItem eriks = this.actions.save(ActionItem.open(tenant, meeting.id(), "Erik skriver protokollet.", ERIK,
				LocalDate.now(STOCKHOLM).plusDays(7), null, new Confidence(0.9), false));
		ActionItem saras = this.actions.save(ActionItem.open(tenant, meeting.id(), "Sara bokar lokalen.", SARA,
				LocalDate.now(STOCKHOLM).plusDays(7), null, new Confidence(0.9), false));
		String path = "/meetings/" + meeting.id().value();

		String erikSees = page("erik.lund@kommun-a.example", path);
		assertThat(forms(erikSees, eriks)).as("his own action").isEqualTo(3);
		assertThat(forms(erikSees, saras)).as("Sara's action").isZero();
		assertThat(erikSees).contains("Åtgärdens ägare, mötets arrangör eller den som bokade Kollegan kan svara")
			.doesNotContain(path + "/offboard");

		String astridSees = page("astrid.ek@kommun-a.example", path);
		assertThat(forms(astridSees, eriks) + forms(astridSees, saras)).as("an administrator owns no action here")
			.isZero();
		assertThat(astridSees).as("but may remove the agent").contains(path + "/offboard");
	}

	private String page(String email, String path) {
		Browser browser = new Browser(this.port);
		assertThat(browser.signIn(email, "demo").statusCode()).isEqualTo(200);
		HttpResponse<String> page = browser.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	private static int forms(String page, ActionItem action) {
		return page.split("/actions/" + action.id().value() + "\"", -1).length - 1;
	}

}
