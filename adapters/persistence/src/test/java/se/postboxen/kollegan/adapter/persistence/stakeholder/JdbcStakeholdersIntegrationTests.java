package se.postboxen.kollegan.adapter.persistence.stakeholder;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.stakeholder.FactKind;
import se.postboxen.kollegan.stakeholder.ProfileFact;
import se.postboxen.kollegan.stakeholder.Stakeholder;
import se.postboxen.kollegan.stakeholder.StakeholderFact;
import se.postboxen.kollegan.stakeholder.StakeholderId;
import se.postboxen.kollegan.stakeholder.StakeholderPage;
import se.postboxen.kollegan.stakeholder.StakeholderSummary;
import se.postboxen.kollegan.stakeholder.Stakeholders;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts kept with their source meeting: replaced per meeting, read with the meeting and
 * the action as they are now, seen only through meetings that concern the reader, and
 * gone with the meeting, the stakeholder too when nothing else is known of them.
 */
@StoreIntegrationTest
class JdbcStakeholdersIntegrationTests {

	private static final Person ASTRID = Person.of("Astrid Ek", "astrid.ek@kommun-a.example");

	private static final Person ERIK = Person.of("Erik Lund", "erik.lund@kommun-a.example");

	@Autowired
	Tenants tenants;

	@Autowired
	Meetings meetings;

	@Autowired
	ActionItems actions;

	@Autowired
	Stakeholders stakeholders;

	@Autowired
	StakeholderFacts stakeholderFacts;

	@Autowired
	Transactions transactions;

	TenantId tenant;

	Meeting november;

	Meeting december;

	Stakeholder jonas;

	Stakeholder lena;

	@BeforeEach
	void twoMeetingsAndTwoPeople() {
		this.tenant = TestTenants.create(this.tenants);
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Stockholm")).truncatedTo(ChronoUnit.SECONDS);
		// Astrid and Erik were both in November's meeting; December's concerns Astrid
		// only.
		this.november = meeting("Avstämning november", start.minusDays(14), List.of(ERIK));
		this.december = meeting("Avstämning december", start.minusDays(1), List.of());
		this.jonas = person("jonas.wik@leverantor.example", "Jonas Wik");
		this.lena = person("lena.holm@advokatbyra.example", "Lena Holm");
	}

	private Meeting meeting(String title, ZonedDateTime start, List<Person> participants) {
		return this.meetings.save(Meeting.schedule(this.tenant, title, null,
				URI.create("https://kommun-a.zoom.us/j/" + System.nanoTime()), start, start.plusHours(1), ASTRID,
				participants, ExternalIds.NONE, 0, null));
	}

	private Stakeholder person(String email, String name) {
		return this.stakeholders.save(new Stakeholder(StakeholderId.newId(), this.tenant, EmailAddress.of(email), name,
				EmailAddress.of(email).domain(), null));
	}

	private void replace(Meeting meeting, List<StakeholderFact> facts) {
		this.transactions.inTransaction(() -> {
			this.stakeholders.replaceFacts(this.tenant, meeting.id(), facts);
			return null;
		});
	}

	@Test
	void factsAreReadNewestFirstWithTheirMeetingAndTheActionAsItIsNow() {
		ActionItem offer = this.actions.save(ActionItem.open(this.tenant, this.november.id(), "Skicka offert",
				Person.of("Jonas Wik", "jonas.wik@leverantor.example"), LocalDate.of(2026, 12, 4), null,
				new Confidence(0.9), false));
		replace(this.november,
				List.of(StakeholderFact.attended(this.jonas.id()),
						StakeholderFact.topic(this.jonas.id(), "arkivformat"),
						StakeholderFact.commitment(this.jonas.id(), offer.id())));
		replace(this.december, List.of(StakeholderFact.attended(this.jonas.id())));
		offer.markDone();
		this.actions.save(offer);

		List<ProfileFact> facts = this.stakeholders.facts(this.tenant, this.jonas.id(), null);

		assertThat(facts).extracting(ProfileFact::sourceTitle)
			.containsExactly("Avstämning december", "Avstämning november", "Avstämning november",
					"Avstämning november");
		assertThat(facts.get(0).kind()).isEqualTo(FactKind.ATTENDED);
		assertThat(facts.get(0).seenAt()).isEqualTo(this.december.startsAt());
		assertThat(facts).filteredOn(fact -> fact.kind() == FactKind.COMMITMENT).singleElement().satisfies(fact -> {
			assertThat(fact.text()).isEqualTo("Skicka offert");
			assertThat(fact.status()).isEqualTo(ActionStatus.DONE);
			assertThat(fact.due()).isEqualTo(LocalDate.of(2026, 12, 4));
			assertThat(fact.source()).isEqualTo(this.november.id());
		});
		assertThat(facts).filteredOn(fact -> fact.kind() == FactKind.TOPIC)
			.extracting(ProfileFact::text)
			.containsExactly("arkivformat");
	}

	@Test
	void aMeetingsFactsAreReplacedAndWhoeverItNoLongerNamesIsForgotten() {
		replace(this.november,
				List.of(StakeholderFact.attended(this.jonas.id()), StakeholderFact.attended(this.lena.id())));
		replace(this.december, List.of(StakeholderFact.attended(this.jonas.id())));

		replace(this.november, List.of(StakeholderFact.attended(this.jonas.id())));
		replace(this.november, List.of(StakeholderFact.attended(this.jonas.id())));

		assertThat(this.stakeholders.findById(this.tenant, this.lena.id())).isEmpty();
		assertThat(this.stakeholders.facts(this.tenant, this.jonas.id(), null)).hasSize(2);
	}

	@Test
	void aMemberSeesOnlyFactsAndPeopleFromMeetingsThatConcernThem() {
		replace(this.november, List.of(StakeholderFact.attended(this.jonas.id())));
		replace(this.december,
				List.of(StakeholderFact.attended(this.jonas.id()), StakeholderFact.attended(this.lena.id())));

		List<ProfileFact> erikSees = this.stakeholders.facts(this.tenant, this.jonas.id(), ERIK.email());
		StakeholderPage eriksPage = this.stakeholders.page(this.tenant, ERIK.email(), 0, 20);
		StakeholderPage astridsPage = this.stakeholders.page(this.tenant, ASTRID.email(), 0, 20);
		StakeholderPage everyone = this.stakeholders.page(this.tenant, null, 0, 20);

		assertThat(erikSees).extracting(ProfileFact::source).containsExactly(this.november.id());
		assertThat(eriksPage.items()).singleElement().satisfies(item -> {
			assertThat(item.stakeholder().id()).isEqualTo(this.jonas.id());
			assertThat(item.meetingsAttended()).isEqualTo(1);
			assertThat(item.lastSeen()).isEqualTo(this.november.startsAt());
		});
		assertThat(eriksPage.totalItems()).isEqualTo(1);
		assertThat(astridsPage.items()).extracting(StakeholderSummary::meetingsAttended).containsExactly(2L, 1L);
		assertThat(everyone.items()).extracting(item -> item.stakeholder().name())
			.containsExactly("Jonas Wik", "Lena Holm");
		assertThat(this.stakeholders.page(this.tenant, null, 1, 1).items()).extracting(item -> item.stakeholder().id())
			.containsExactly(this.lena.id());
	}

	@Test
	void erasingAMeetingTakesItsFactsAndWhoeverIsLeftWithNone() {
		replace(this.november, List.of(StakeholderFact.attended(this.jonas.id()),
				StakeholderFact.topic(this.jonas.id(), "budget"), StakeholderFact.attended(this.lena.id())));
		replace(this.december, List.of(StakeholderFact.attended(this.jonas.id())));

		Map<String, Long> removed = this.transactions
			.inTransaction(() -> this.stakeholderFacts.eraseMeeting(this.tenant, this.november.id()));

		assertThat(removed).containsEntry("stakeholder_fact", 3L).containsEntry("stakeholder (no source left)", 1L);
		assertThat(this.stakeholders.findById(this.tenant, this.lena.id())).isEmpty();
		Stakeholder kept = this.stakeholders.findById(this.tenant, this.jonas.id()).orElseThrow();
		assertThat(kept.lastSeenAt()).isEqualTo(this.december.startsAt());
		assertThat(this.stakeholders.facts(this.tenant, this.jonas.id(), null)).extracting(ProfileFact::source)
			.containsExactly(this.december.id());
	}

	@Test
	void anotherTenantFindsNoneOfIt() {
		replace(this.november, List.of(StakeholderFact.attended(this.jonas.id())));
		TenantId other = TestTenants.create(this.tenants);

		assertThat(this.stakeholders.findById(other, this.jonas.id())).isEmpty();
		assertThat(this.stakeholders.facts(other, this.jonas.id(), null)).isEmpty();
		assertThat(this.stakeholders.page(other, null, 0, 20).items()).isEmpty();
		Meeting othersMeeting = meetingOf(other);
		// Neither another tenant's stakeholder nor another tenant's meeting takes a fact.
		this.transactions.inTransaction(() -> {
			this.stakeholders.replaceFacts(other, othersMeeting.id(),
					List.of(StakeholderFact.attended(this.jonas.id())));
			return null;
		});
		replace(othersMeeting, List.of(StakeholderFact.attended(this.jonas.id())));
		assertThat(this.stakeholders.facts(this.tenant, this.jonas.id(), null)).extracting(ProfileFact::source)
			.containsExactly(this.november.id());
		assertThat(this.stakeholders.facts(other, this.jonas.id(), null)).isEmpty();
	}

	private Meeting meetingOf(TenantId other) {
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Stockholm"));
		return this.meetings.save(Meeting.schedule(other, "Annans möte", null,
				URI.create("https://kommun-b.zoom.us/j/" + System.nanoTime()), start, start.plusHours(1), null,
				List.of(), ExternalIds.NONE, 0, null));
	}

}
