package se.postboxen.kollegan.bot.stakeholder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.brief.RecappedMeetings;
import se.postboxen.kollegan.bot.demo.DemoTenant;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.module.EnabledModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.stakeholder.Stakeholder;
import se.postboxen.kollegan.stakeholder.Stakeholders;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static se.postboxen.kollegan.bot.brief.RecappedMeetings.ASTRID;

/**
 * Stakeholder insights switched off and on again for demo-a, with recaps published
 * through the job queue: while off, a Plus meeting keeps nothing about the people in it
 * and what was kept before stays; once on again, the next recap builds profiles as
 * before.
 */
@KolleganIntegrationTest
class StakeholderInsightsOffIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ConsentRecords consent;

	@Autowired
	Stakeholders stakeholders;

	@Autowired
	TenantModules modules;

	@AfterEach
	void onAgain() {
		this.modules.enable(new EnabledModule(demoA(), Module.STAKEHOLDER_INSIGHTS,
				Instant.now().truncatedTo(ChronoUnit.MICROS), Actor.system("test")));
	}

	@Test
	void whileOffRecapsKeepNothingAboutPeopleAndWhatWasKeptStaysThenItResumes() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Person before = Person.of("Kim Sund", "kim.sund." + run + "@leverantor.example");
		Person during = Person.of("Jonas Wik", "jonas.wik." + run + "@leverantor.example");
		recapped("Före " + run, before);
		Stakeholder kept = this.stakeholders.findByEmail(demoA(), before.email()).orElseThrow();
		int keptFacts = this.stakeholders.facts(demoA(), kept.id(), null).size();
		assertThat(keptFacts).isPositive();

		this.modules.disable(demoA(), Module.STAKEHOLDER_INSIGHTS);
		recapped("Under " + run, during);

		assertThat(this.stakeholders.findByEmail(demoA(), during.email())).isEmpty();
		assertThat(this.stakeholders.findByEmail(demoA(), before.email())).contains(kept);
		assertThat(this.stakeholders.facts(demoA(), kept.id(), null)).hasSize(keptFacts);

		onAgain();
		recapped("Efter " + run, during);

		assertThat(this.stakeholders.findByEmail(demoA(), during.email())).isPresent();
	}

	/** A Plus meeting of Astrid's with one other person, who accepts too. */
	private void recapped(String title, Person participant) {
		new RecappedMeetings(this.port, this.consent, demoA()).recapped(title, List.of(participant), ConsentLevel.PLUS,
				Map.of(ASTRID, ConsentAnswer.ACCEPTED, participant, ConsentAnswer.ACCEPTED),
				"Astrid Ek: Välkomna.\n" + participant.name() + ": Jag tar fram underlaget till fredag.\n"
						+ "Astrid Ek: Vi beslutar att gå vidare.\n");
	}

	private static TenantId demoA() {
		return DemoTenant.A.id();
	}

}
