package se.postboxen.kollegan.brief;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.action.ExternalTaskRef;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecord;
import se.postboxen.kollegan.consent.ConsentRecordId;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.Decision;
import se.postboxen.kollegan.recap.DecisionId;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.RecapStatus;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.regwatch.RegwatchItem;
import se.postboxen.kollegan.regwatch.RegwatchItemId;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.stakeholder.FactKind;
import se.postboxen.kollegan.stakeholder.ProfileFact;
import se.postboxen.kollegan.stakeholder.Stakeholder;
import se.postboxen.kollegan.stakeholder.StakeholderId;
import se.postboxen.kollegan.stakeholder.StakeholderProfile;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.transcript.TranscriptSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the briefs say, and what each consent level lets the post-brief say. */
class BriefWriterTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final TenantId TENANT = TenantId.newId();

	private static final Person ANNA = Person.of("Anna Lind", "anna.lind@kommun-a.example");

	private static final Person ERIK = Person.of("Erik Berg", "erik.berg@kommun-a.example");

	private static final Person JONAS = Person.of("Jonas Wik", "jonas.wik@leverantor.example");

	private static final URI LINK = URI.create("https://kollegan.kommun-a.se/meetings/4f1c");

	private static Meeting meeting(String title, ZonedDateTime start) {
		return Meeting.schedule(TENANT, title, null, URI.create("https://kommun-a.zoom.us/j/1"), start,
				start.plusHours(1), ANNA, List.of(ERIK, JONAS), ExternalIds.NONE, 0, null);
	}

	private final Meeting upcoming = meeting("Upphandling e-arkiv",
			ZonedDateTime.of(2026, 12, 8, 10, 0, 0, 0, STOCKHOLM));

	private final Meeting earlier = meeting("Avstämning e-arkiv",
			ZonedDateTime.of(2026, 11, 24, 13, 0, 0, 0, STOCKHOLM));

	private StakeholderProfile jonasProfile() {
		Stakeholder jonas = new Stakeholder(StakeholderId.newId(), TENANT, JONAS.email(), "Jonas Wik",
				"leverantor.example", this.earlier.startsAt());
		return new StakeholderProfile(jonas, false, List.of(
				new ProfileFact(FactKind.ATTENDED, "Avstämning e-arkiv", null, null, this.earlier.id(),
						"Avstämning e-arkiv", this.earlier.startsAt()),
				new ProfileFact(FactKind.TOPIC, "arkivformat", null, null, this.earlier.id(), "Avstämning e-arkiv",
						this.earlier.startsAt()),
				new ProfileFact(FactKind.COMMITMENT, "Skicka prisbilaga", ActionStatus.DONE, null, this.earlier.id(),
						"Avstämning e-arkiv", this.earlier.startsAt()),
				new ProfileFact(FactKind.COMMITMENT, "Ta fram exportformat", ActionStatus.OPEN,
						LocalDate.of(2026, 12, 10), this.earlier.id(), "Avstämning e-arkiv", this.earlier.startsAt())));
	}

	private ActionItem openAction() {
		return ActionItem.open(TENANT, this.earlier.id(), "Ta fram exportformat", JONAS, LocalDate.of(2026, 12, 10),
				new TranscriptSpan(Duration.ofMinutes(14).plusSeconds(2), "Jonas, kan du ta fram exportformatet?"),
				new Confidence(0.9), false);
	}

	private Decision decision() {
		return new Decision(DecisionId.newId(), TENANT, this.earlier.id(), "Vi kör på arkivformat FGS", ERIK,
				new TranscriptSpan(Duration.ofMinutes(9), "Då beslutar vi att köra på FGS."), new Confidence(0.9));
	}

	@Test
	void thePreBriefSaysWhoIsComingWithTheirProfilesAndWhatHappenedLastTime() {
		String brief = BriefWriter.pre(this.upcoming,
				List.of(new BriefWriter.Attendee(ERIK, null), new BriefWriter.Attendee(JONAS, jonasProfile())),
				List.of(new BriefWriter.Earlier(this.earlier, List.of(decision()), List.of(openAction()))), null, LINK);

		assertThat(brief).startsWith("# Inför mötet / Before the meeting: Upphandling e-arkiv\n\n2026-12-08 10:00")
			.contains("- **Erik Berg <erik.berg@kommun-a.example>**\n  - Ingen profil")
			.contains("- **Jonas Wik <jonas.wik@leverantor.example>**, leverantor.example\n")
			.contains("  - Möten / Meetings: 1, senast / last 2026-11-24")
			.contains("  - Ämnen / Topics: arkivformat")
			.contains("  - Åtaganden / Commitments: 1 klara av / done of 2 (50 %)")
			.contains("### Avstämning e-arkiv — 2026-11-24")
			.contains("- Vi kör på arkivformat FGS")
			.contains("- Ta fram exportformat — Jonas Wik <jonas.wik@leverantor.example>, senast / due 2026-12-10")
			.contains("Mötessida / Meeting page: " + LINK)
			.doesNotContain("Regwatch");
	}

	@Test
	void thePreBriefHasARegwatchSectionOnlyWhenThereIsARegwatchModule() {
		RegwatchItem item = new RegwatchItem(RegwatchItemId.newId(), TENANT, RegwatchSourceId.newId(), "guid-1",
				"Nya tröskelvärden 2027", URI.create("https://www.upphandlingsmyndigheten.se/t"),
				Instant.parse("2026-11-01T08:00:00Z"), Instant.parse("2026-12-01T08:00:00Z"));

		String with = BriefWriter.pre(this.upcoming, List.of(), List.of(), List.of(item), LINK);
		String nothingNew = BriefWriter.pre(this.upcoming, List.of(), List.of(), List.of(), LINK);

		assertThat(with).contains("## Omvärldsbevakning / Regwatch")
			.contains(
					"- [Nya tröskelvärden 2027](https://www.upphandlingsmyndigheten.se/t), ändrad / changed 2026-12-01");
		assertThat(nothingNew).contains("## Omvärldsbevakning / Regwatch\n\nInget nytt");
		assertThat(with).contains("Inga tidigare möten i samma serie eller med samma personer");
	}

	@Test
	void aTitleCannotStartAHeadingOfItsOwn() {
		Meeting sneaky = meeting("Möte\n## Falsk rubrik", ZonedDateTime.of(2026, 12, 8, 10, 0, 0, 0, STOCKHOLM));

		assertThat(BriefWriter.pre(sneaky, List.of(), List.of(), null, LINK)).doesNotContain("\n## Falsk")
			.contains("Möte ## Falsk rubrik");
	}

	private String post(ConsentLevel level) {
		Recap recap = new Recap(TENANT, this.earlier.id(), RecapStatus.READY, "sv", TranscriptSource.LIVE,
				"Leverantören visade exportformatet.", List.of("arkivformat"), List.of("Vem äger exporten?"),
				this.earlier.endsAt());
		ActionItem pushed = openAction();
		pushed.linkExternalTask(new ExternalTaskRef(ExternalTaskRef.TaskBoardKind.PLANNER, "task-1",
				URI.create("https://tasks.office.com/kommun-a/task-1")));
		Instant answered = this.earlier.startsAt().plusSeconds(65);
		List<ConsentRecord> answers = List.of(
				new ConsentRecord(ConsentRecordId.newId(), TENANT, this.earlier.id(), ANNA, level,
						ConsentAnswer.ACCEPTED, ConsentChannel.TEAMS, answered),
				new ConsentRecord(ConsentRecordId.newId(), TENANT, this.earlier.id(), JONAS, level,
						ConsentAnswer.ACCEPTED, ConsentChannel.TEAMS, answered),
				new ConsentRecord(ConsentRecordId.newId(), TENANT, this.earlier.id(), ERIK, level,
						ConsentAnswer.DECLINED, ConsentChannel.TEAMS, answered));
		return BriefWriter.post(this.earlier, level, recap, List.of(decision()), List.of(pushed), answers, LINK);
	}

	@Test
	void underBasThePostBriefHasTheRecapDecisionsAndActionsButNoQuotes() {
		String brief = post(ConsentLevel.BAS);

		assertThat(brief).startsWith("# Efter mötet / After the meeting: Avstämning e-arkiv")
			.contains("samtyckesnivå / consent level: Bas")
			.contains("## Sammanfattning / Summary\n\nLeverantören visade exportformatet.")
			.contains("- Vi kör på arkivformat FGS (Erik Berg <erik.berg@kommun-a.example>)")
			.contains("- Ta fram exportformat — Jonas Wik <jonas.wik@leverantor.example>, senast / due 2026-12-10")
			.contains("  - Uppgift / Task (Planner): https://tasks.office.com/kommun-a/task-1")
			.contains("- Vem äger exporten?")
			.doesNotContain("beslutar vi")
			.doesNotContain("kan du ta fram")
			.doesNotContain("  > ");
	}

	@Test
	void underPlusEachDecisionAndActionComesWithItsQuote() {
		String brief = post(ConsentLevel.PLUS);

		assertThat(brief).contains("  > \"Då beslutar vi att köra på FGS.\"")
			.contains("  > \"Jonas, kan du ta fram exportformatet?\"")
			.doesNotContain("[00:");
	}

	@Test
	void underJuridikQuotesSayWhenAndConsentAnswersHowAndWhen() {
		String brief = post(ConsentLevel.JURIDIK);

		assertThat(brief).contains("  > [00:09:00] \"Då beslutar vi att köra på FGS.\"")
			.contains("  > [00:14:02] \"Jonas, kan du ta fram exportformatet?\"")
			.contains("- Anna Lind <anna.lind@kommun-a.example>: ja / yes (Juridik, teams, 2026-11-24 13:01)");
	}

	@Test
	void whoeverDeclinedIsCountedNotNamedInTheConsentSection() {
		String brief = post(ConsentLevel.PLUS);
		String consent = brief.substring(brief.indexOf("## Samtycke / Consent"));

		assertThat(consent).contains("- Jonas Wik <jonas.wik@leverantor.example>: ja / yes (Plus)")
			.contains("- 1 deltagare avböjde och är utelämnade / 1 participant declined and are left out")
			.doesNotContain("Erik");
	}

	@Test
	void aStrayControlCharacterInTheRecapCannotMakeTheBriefUnstorable() {
		Recap recap = new Recap(TENANT, this.earlier.id(), RecapStatus.READY, "sv", TranscriptSource.UPLOADED,
				"Rad ett\r\nRad två\u0007", List.of("arkiv\u0000format"), List.of(), this.earlier.endsAt());

		String content = BriefWriter.post(this.earlier, ConsentLevel.PLUS, recap, List.of(), List.of(), List.of(),
				LINK);

		assertThat(new Brief(BriefId.newId(), TENANT, this.earlier.id(), BriefKind.POST, "sv", content,
				this.earlier.endsAt())
			.content()).contains("Rad ett\nRad två\n").contains("- arkiv format");
	}

}
