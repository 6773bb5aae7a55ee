package se.postboxen.kollegan.adapter.persistence.action;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.action.ExternalTaskRef;
import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.brief.Brief;
import se.postboxen.kollegan.brief.BriefId;
import se.postboxen.kollegan.brief.BriefKind;
import se.postboxen.kollegan.brief.Briefs;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecord;
import se.postboxen.kollegan.consent.ConsentRecordId;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.Decision;
import se.postboxen.kollegan.recap.DecisionId;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.RecapStatus;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.stakeholder.Stakeholder;
import se.postboxen.kollegan.stakeholder.StakeholderId;
import se.postboxen.kollegan.stakeholder.Stakeholders;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.transcript.TranscriptSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What a meeting leaves behind: decisions, actions, briefs, consent answers,
 * stakeholders.
 */
@StoreIntegrationTest
class MeetingOutcomeStoresIntegrationTests {

	@Autowired
	Tenants tenants;

	@Autowired
	Meetings meetings;

	@Autowired
	Decisions decisions;

	@Autowired
	ActionItems actions;

	@Autowired
	Recaps recaps;

	@Autowired
	Briefs briefs;

	@Autowired
	ConsentRecords consent;

	@Autowired
	Stakeholders stakeholders;

	@Autowired
	Transactions transactions;

	TenantId tenant;

	TenantId otherTenant;

	MeetingId meeting;

	final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@BeforeEach
	void meeting() {
		this.tenant = TestTenants.create(this.tenants);
		this.otherTenant = TestTenants.create(this.tenants);
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Stockholm")).minusHours(2);
		this.meeting = this.meetings
			.save(Meeting.schedule(this.tenant, "Avstämning", null, URI.create("https://meet.google.com/abc-defg-hij"),
					start, start.plusHours(1), null, List.of(), ExternalIds.NONE, 0, null))
			.id();
	}

	@Test
	void roundTripsActionsAndTheirChanges() {
		ActionItem item = ActionItem.open(this.tenant, this.meeting, "Skicka protokollet till nämnden",
				Person.of("Anna Berg", "anna@kommun-a.example"), LocalDate.of(2026, 12, 4),
				new TranscriptSpan(Duration.ofSeconds(754), "Jag skickar protokollet till fredag"),
				new Confidence(0.92), false);
		ActionItem saved = this.actions.save(item);
		saved.linkExternalTask(new ExternalTaskRef(ExternalTaskRef.TaskBoardKind.PLANNER, "task-1",
				URI.create("https://tasks.office.com/x/task-1")));
		saved.markDone();
		this.actions.save(saved);

		ActionItem found = this.actions.findById(this.tenant, item.id()).orElseThrow();

		assertThat(found.status()).isEqualTo(ActionStatus.DONE);
		assertThat(found.owner()).isEqualTo(Person.of("Anna Berg", "anna@kommun-a.example"));
		assertThat(found.due()).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(found.source())
			.isEqualTo(new TranscriptSpan(Duration.ofSeconds(754), "Jag skickar protokollet till fredag"));
		assertThat(found.confidence()).isEqualTo(new Confidence(0.92));
		assertThat(found.externalTask().taskId()).isEqualTo("task-1");
		assertThat(this.actions.findById(this.otherTenant, item.id())).isEmpty();
		assertThat(this.actions.findByMeeting(this.tenant, this.meeting)).hasSize(1);
	}

	@Test
	void roundTripsDecisionsBriefsConsentAndStakeholders() {
		Decision decision = this.decisions.save(new Decision(DecisionId.newId(), this.tenant, this.meeting,
				"Vi kör på alternativ B", Person.of("Erik Lund", null),
				new TranscriptSpan(Duration.ofMinutes(12), "Vi beslutar att köra på alternativ B"),
				new Confidence(0.8)));
		Brief brief = this.briefs.save(new Brief(BriefId.newId(), this.tenant, this.meeting, BriefKind.POST, "sv",
				"## Sammanfattning\nVi valde B.", this.now));
		ConsentRecord answer = this.consent.save(new ConsentRecord(ConsentRecordId.newId(), this.tenant, this.meeting,
				Person.of("Anna Berg", "anna@kommun-a.example"), ConsentLevel.PLUS, ConsentAnswer.ACCEPTED,
				ConsentChannel.TEAMS, this.now));
		Stakeholder stakeholder = this.stakeholders.save(new Stakeholder(StakeholderId.newId(), this.tenant,
				EmailAddress.of("erik@lev.example"), "Erik Lund", "lev.example", this.now));
		this.stakeholders.save(new Stakeholder(stakeholder.id(), this.tenant, stakeholder.email(), "Erik Lund",
				"Leverantören AB", this.now));

		assertThat(this.decisions.findByMeeting(this.tenant, this.meeting)).containsExactly(decision);
		assertThat(this.briefs.findByMeeting(this.tenant, this.meeting)).containsExactly(brief);
		assertThat(this.consent.findByMeeting(this.tenant, this.meeting)).containsExactly(answer);
		assertThat(this.stakeholders.findByEmail(this.tenant, EmailAddress.of("ERIK@lev.example"))
			.orElseThrow()
			.organisation()).isEqualTo("Leverantören AB");
		assertThat(this.decisions.findByMeeting(this.otherTenant, this.meeting)).isEmpty();
		assertThat(this.briefs.findByMeeting(this.otherTenant, this.meeting)).isEmpty();
		assertThat(this.consent.findByMeeting(this.otherTenant, this.meeting)).isEmpty();
		assertThat(this.stakeholders.findAll(this.otherTenant)).isEmpty();
	}

	@Test
	void aMeetingsDecisionsAreDeletedWithoutTouchingAnotherMeetingsOrTenants() {
		MeetingId other = this.meetings.save(Meeting.schedule(this.tenant, "Annan", null,
				URI.create("https://meet.google.com/xyz-defg-hij"), ZonedDateTime.now(ZoneId.of("Europe/Stockholm")),
				ZonedDateTime.now(ZoneId.of("Europe/Stockholm")).plusHours(1), null, List.of(), ExternalIds.NONE, 0,
				null))
			.id();
		this.decisions.save(new Decision(DecisionId.newId(), this.tenant, this.meeting, "Beslut ett", null, null,
				new Confidence(0.9)));
		Decision kept = this.decisions
			.save(new Decision(DecisionId.newId(), this.tenant, other, "Beslut två", null, null, new Confidence(0.9)));

		this.decisions.deleteByMeeting(this.otherTenant, this.meeting);
		assertThat(this.decisions.findByMeeting(this.tenant, this.meeting)).hasSize(1);
		this.decisions.deleteByMeeting(this.tenant, this.meeting);

		assertThat(this.decisions.findByMeeting(this.tenant, this.meeting)).isEmpty();
		assertThat(this.decisions.findByMeeting(this.tenant, other)).containsExactly(kept);
	}

	@Test
	void aRecapKeepsItsOpenQuestionsAndALaterRecapReplacesThem() {
		this.recaps.save(new Recap(this.tenant, this.meeting, RecapStatus.READY, "sv", TranscriptSource.UPLOADED,
				"– Vi valde B. (Anna Berg)", List.of("budget"),
				List.of("Vem betalar flytten?", "Vet vi om ombud finns?"), this.now));
		assertThat(this.recaps.find(this.tenant, this.meeting).orElseThrow().openQuestions())
			.containsExactly("Vem betalar flytten?", "Vet vi om ombud finns?");

		this.recaps.save(new Recap(this.tenant, this.meeting, RecapStatus.READY, "sv", TranscriptSource.UPLOADED,
				"– Vi valde C. (Anna Berg)", List.of(), List.of(), this.now));

		assertThat(this.recaps.find(this.tenant, this.meeting).orElseThrow().openQuestions()).isEmpty();
		assertThat(this.recaps.find(this.otherTenant, this.meeting)).isEmpty();
	}

	@Test
	void aFailedTransactionLeavesNothingBehind() {
		assertThatIllegalStateException().isThrownBy(() -> this.transactions.inTransaction(() -> {
			this.decisions.save(new Decision(DecisionId.newId(), this.tenant, this.meeting, "Halvfärdigt beslut", null,
					null, new Confidence(0.5)));
			throw new IllegalStateException("boom");
		}));

		assertThat(this.decisions.findByMeeting(this.tenant, this.meeting)).isEmpty();
	}

}
