package se.postboxen.kollegan.bot.demo;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.DeploymentMode;
import se.postboxen.kollegan.brief.Brief;
import se.postboxen.kollegan.brief.BriefId;
import se.postboxen.kollegan.brief.BriefKind;
import se.postboxen.kollegan.brief.Briefs;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecord;
import se.postboxen.kollegan.consent.ConsentRecordId;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.invite.VerifiedDomains;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.Decision;
import se.postboxen.kollegan.recap.DecisionId;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.regwatch.RegwatchItem;
import se.postboxen.kollegan.regwatch.RegwatchItemId;
import se.postboxen.kollegan.regwatch.RegwatchItemVersion;
import se.postboxen.kollegan.regwatch.RegwatchItems;
import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.regwatch.RegwatchSources;
import se.postboxen.kollegan.regwatch.SourceKind;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.stakeholder.Stakeholder;
import se.postboxen.kollegan.stakeholder.StakeholderId;
import se.postboxen.kollegan.stakeholder.Stakeholders;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.UserId;
import se.postboxen.kollegan.tenant.Users;

/**
 * Seeds the demo tenants {@code demo-a} and {@code demo-b}: their users, a realistic week
 * of meetings around today (some done with decisions, actions, consent and briefs, one
 * running, the rest ahead), stakeholders and a regwatch source. Idempotent: tenants and
 * users are created once, and a new week is seeded only when a tenant has no meetings in
 * the current one, so restarts never duplicate anything.
 */
@Component
class DemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final Actor DEMO = Actor.system("demo-data");

	private final boolean enabled;

	private final Clock clock;

	private final Transactions transactions;

	private final Tenants tenants;

	private final Users users;

	private final MeetingScheduling scheduling;

	private final Meetings meetings;

	private final Decisions decisions;

	private final ActionItems actions;

	private final Briefs briefs;

	private final ConsentRecords consent;

	private final Stakeholders stakeholders;

	private final RegwatchSources regwatchSources;

	private final RegwatchItems regwatchItems;

	private final AuditLog auditLog;

	private final VerifiedDomains verifiedDomains;

	private final ChatInstallations chatInstallations;

	DemoData(Environment environment, Clock clock, Transactions transactions, Tenants tenants, Users users,
			MeetingScheduling scheduling, Meetings meetings, Decisions decisions, ActionItems actions, Briefs briefs,
			ConsentRecords consent, Stakeholders stakeholders, RegwatchSources regwatchSources,
			RegwatchItems regwatchItems, AuditLog auditLog, VerifiedDomains verifiedDomains,
			ChatInstallations chatInstallations) {
		this.chatInstallations = chatInstallations;
		this.enabled = DeploymentMode.demo(environment);
		this.clock = clock;
		this.transactions = transactions;
		this.tenants = tenants;
		this.users = users;
		this.scheduling = scheduling;
		this.meetings = meetings;
		this.decisions = decisions;
		this.actions = actions;
		this.briefs = briefs;
		this.consent = consent;
		this.stakeholders = stakeholders;
		this.regwatchSources = regwatchSources;
		this.regwatchItems = regwatchItems;
		this.auditLog = auditLog;
		this.verifiedDomains = verifiedDomains;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		for (DemoTenant demo : DemoTenant.values()) {
			int seeded = this.transactions.inTransaction(() -> seed(demo));
			logger.info("Demo tenant {} ready ({} meetings added)", demo.slug(), seeded);
		}
	}

	private int seed(DemoTenant demo) {
		Tenant tenant = this.tenants.findBySlug(demo.slug())
			.orElseGet(() -> this.tenants.save(new Tenant(demo.id(), demo.slug(), demo.displayName(), STOCKHOLM,
					ConsentLevel.PLUS, demo.directoryId())));
		if (tenant.directoryId() == null) {
			// Seeded before tenants had directory ids: link it to the demo directory now.
			tenant = this.tenants.save(new Tenant(tenant.id(), tenant.slug(), tenant.name(), tenant.timeZone(),
					tenant.defaultConsentLevel(), demo.directoryId()));
		}
		for (DemoTenant.DemoUser user : demo.users()) {
			EmailAddress email = EmailAddress.of(demo.email(user));
			if (this.users.findByEmail(tenant.id(), email).isEmpty()) {
				this.users.save(new User(UserId.newId(), tenant.id(), email, user.name(), user.role()));
			}
		}
		if (this.verifiedDomains.list(tenant.id()).isEmpty()) {
			// Invitations from the demo municipality's own staff are accepted.
			this.verifiedDomains.replace(tenant.id(), List.of(demo.domain()));
		}
		// Signed requests from the documented demo Slack team and Zoom account reach this
		// tenant, so every chat command can be tried locally.
		this.chatInstallations.install(ChatPlatformKind.SLACK, demo.slackTeamId(), tenant.id());
		this.chatInstallations.install(ChatPlatformKind.ZOOM, demo.zoomAccountId(), tenant.id());
		if (this.regwatchSources.findAll(tenant.id()).isEmpty()) {
			seedRegwatch(tenant);
		}
		Instant now = this.clock.instant();
		MeetingSearch thisWeek = new MeetingSearch(tenant.id(), now.minus(Duration.ofDays(2)),
				now.plus(Duration.ofDays(7)), Set.of(), null, 0, 1);
		if (this.meetings.search(thisWeek).totalItems() > 0) {
			return 0;
		}
		int count = seedWeek(demo, tenant, now);
		this.auditLog.record(AuditEvent.of(tenant.id(), now, DEMO, "demo.seeded", "tenant", tenant.id().toString(),
				Map.of("meetings", Integer.toString(count))));
		return count;
	}

	private int seedWeek(DemoTenant demo, Tenant tenant, Instant now) {
		LocalDate today = now.atZone(STOCKHOLM).toLocalDate();
		Person admin = person(demo, 0);
		Person member = person(demo, 1);
		Person auditor = person(demo, 2);
		Person supplier = Person.of("Jonas Wik", "jonas.wik@leverantor.example");
		Person lawyer = Person.of("Lena Holm", "lena.holm@advokatbyra.example");
		String host = demo.domain().substring(0, demo.domain().indexOf('.'));
		List<Meeting> seeded = new ArrayList<>();

		Meeting steering = schedule(tenant, "Styrgruppsmöte digitalisering", teams("styrgrupp"),
				at(today.minusDays(2), 9, 0), 60, admin, List.of(admin, member, auditor));
		finish(steering);
		decide(steering, "Vi kör på e-tjänstplattform B för bygglov.", member, 14,
				"Då beslutar vi att vi kör på plattform B för bygglovsärendena.");
		act(steering, "Ta fram en tidplan för införandet av plattform B", member, today.plusDays(5), 21,
				"Jag tar fram en tidplan till nästa fredag.", false);
		act(steering, "Boka workshop med bygglovsenheten", admin, today.plusDays(2), 33,
				"Astrid, kan du boka en workshop med enheten?", true);
		consent(steering, List.of(admin, member, auditor), ConsentLevel.PLUS, ConsentChannel.TEAMS);
		brief(steering, BriefKind.POST, """
				## Sammanfattning
				Styrgruppen valde e-tjänstplattform B för bygglov. Införandet planeras i två steg.

				## Beslut
				- Vi kör på e-tjänstplattform B för bygglov.

				## Åtgärder
				- Ta fram en tidplan för införandet (Erik) – nästa fredag
				- Boka workshop med bygglovsenheten (Astrid) – datum att bekräfta
				""");
		seeded.add(steering);

		Meeting procurement = schedule(tenant, "Avstämning upphandling av skolskjuts",
				URI.create("https://" + host + ".zoom.us/j/81234567890?pwd=demo"), at(today.minusDays(1), 13, 0), 45,
				member, List.of(member, supplier, auditor));
		finish(procurement);
		decide(procurement, "Utvärderingsmodell: pris 60 %, kvalitet 40 %.", member, 8,
				"Beslut: vi viktar pris sextio och kvalitet fyrtio procent.");
		act(procurement, "Skicka förfrågningsunderlaget på remiss till skolförvaltningen", member, today.plusDays(3),
				26, "Jag fixar remissen senast på torsdag.", false);
		consent(procurement, List.of(member, supplier, auditor), ConsentLevel.BAS, ConsentChannel.ZOOM);
		stakeholder(tenant, supplier, "Leverantören AB", procurement.endsAt());
		seeded.add(procurement);

		Meeting privacy = schedule(tenant, "Dataskyddsgenomgång inför ny e-tjänst",
				URI.create("https://meet.google.com/kol-demo-" + host.charAt(host.length() - 1)),
				at(today.minusDays(1), 15, 30), 60, auditor, List.of(auditor, admin, lawyer));
		privacy.markJoining();
		privacy.degradeToPostMeetingAnalysis();
		this.meetings.save(privacy);
		stakeholder(tenant, lawyer, "Advokatbyrån", privacy.endsAt());
		seeded.add(privacy);

		ZonedDateTime running = now.atZone(STOCKHOLM).truncatedTo(ChronoUnit.MINUTES).minusMinutes(15);
		Meeting weekly = schedule(tenant, "Veckomöte socialförvaltningen", teams("veckomote"), running, 60, admin,
				List.of(admin, member));
		weekly.markJoining();
		weekly.markInLobby();
		weekly.markActive();
		this.meetings.save(weekly);
		consent(weekly, List.of(admin, member), ConsentLevel.PLUS, ConsentChannel.TEAMS);
		seeded.add(weekly);

		Meeting supplierMeeting = schedule(tenant, "Möte med leverantör om e-arkiv",
				URI.create("https://" + host + ".webex.com/meet/e-arkiv"), running.plusHours(3), 60, member,
				List.of(member, supplier));
		brief(supplierMeeting, BriefKind.PRE, """
				## Inför mötet
				Jonas Wik (Leverantören AB) deltog senast i avstämningen om skolskjuts.

				## Öppna åtgärder
				- Skicka förfrågningsunderlaget på remiss (Erik)
				""");
		seeded.add(supplierMeeting);

		seeded.add(schedule(tenant, "Kommunstyrelsens beredning", teams("beredning"), at(today.plusDays(1), 9, 30), 90,
				admin, List.of(admin, member, auditor)));
		seeded.add(schedule(tenant, "Juridisk genomgång av hyresavtal", teams("juridik"), at(today.plusDays(2), 14, 0),
				60, admin, List.of(admin, lawyer)));
		seeded.add(schedule(tenant, "Workshop: tillgänglighet i e-tjänster",
				URI.create("https://" + host + ".zoom.us/j/89876543210"), at(today.plusDays(3), 11, 0), 120, member,
				List.of(member, auditor)));
		Meeting cancelled = schedule(tenant, "Budgetuppföljning (inställt)", teams("budget"),
				at(today.plusDays(4), 8, 30), 30, admin, List.of(admin, member));
		cancelled.cancel();
		this.meetings.save(cancelled);
		seeded.add(cancelled);
		seeded.add(schedule(tenant, "Regwatch: nya tröskelvärden i upphandling",
				URI.create("https://meet.google.com/kol-regw-atch"), at(today.plusDays(6), 10, 0), 45, auditor,
				List.of(auditor, member)));
		return seeded.size();
	}

	private Person person(DemoTenant demo, int index) {
		DemoTenant.DemoUser user = demo.users().get(index);
		return Person.of(user.name(), demo.email(user));
	}

	private static URI teams(String thread) {
		return URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_demo-" + thread + "%40thread.v2/0");
	}

	private static ZonedDateTime at(LocalDate date, int hour, int minute) {
		return ZonedDateTime.of(date, LocalTime.of(hour, minute), STOCKHOLM);
	}

	private Meeting schedule(Tenant tenant, String title, URI joinUrl, ZonedDateTime start, int minutes,
			Person organizer, List<Person> participants) {
		return this.scheduling
			.schedule(new ScheduleMeeting(tenant.id(), DEMO, null, title, null, joinUrl, start,
					start.plusMinutes(minutes), organizer, participants,
					new ExternalIds("demo-" + HexFormat.of().toHexDigits(title.hashCode()) + "@kollegan.example", null),
					0, BookingChannel.API))
			.meeting();
	}

	/** Walks a past meeting through the whole lifecycle, as the agent would have. */
	private void finish(Meeting meeting) {
		meeting.markJoining();
		meeting.markInLobby();
		meeting.markActive();
		meeting.startPostProcessing();
		meeting.markDone();
		this.meetings.save(meeting);
	}

	private void decide(Meeting meeting, String text, Person speaker, int minute, String quote) {
		this.decisions.save(new Decision(DecisionId.newId(), meeting.tenantId(), meeting.id(), text, speaker,
				new TranscriptSpan(Duration.ofMinutes(minute), quote), new Confidence(0.9)));
	}

	private void act(Meeting meeting, String text, Person owner, LocalDate due, int minute, String quote,
			boolean inferred) {
		this.actions.save(ActionItem.open(meeting.tenantId(), meeting.id(), text, owner, due,
				new TranscriptSpan(Duration.ofMinutes(minute), quote), new Confidence(inferred ? 0.6 : 0.9), inferred));
	}

	private void consent(Meeting meeting, List<Person> people, ConsentLevel level, ConsentChannel channel) {
		for (Person person : people) {
			this.consent.save(new ConsentRecord(ConsentRecordId.newId(), meeting.tenantId(), meeting.id(), person,
					level, ConsentAnswer.ACCEPTED, channel, meeting.startsAt().plusSeconds(60)));
		}
	}

	private void brief(Meeting meeting, BriefKind kind, String content) {
		Instant prepared = (kind == BriefKind.PRE) ? meeting.startsAt().minus(Duration.ofHours(1))
				: meeting.endsAt().plus(Duration.ofMinutes(5));
		this.briefs.save(new Brief(BriefId.newId(), meeting.tenantId(), meeting.id(), kind, "sv", content, prepared));
	}

	private void stakeholder(Tenant tenant, Person person, String organisation, Instant lastSeen) {
		if (person.email() != null && this.stakeholders.findByEmail(tenant.id(), person.email()).isEmpty()) {
			this.stakeholders.save(new Stakeholder(StakeholderId.newId(), tenant.id(), person.email(), person.name(),
					organisation, lastSeen));
		}
	}

	private void seedRegwatch(Tenant tenant) {
		Instant now = this.clock.instant();
		RegwatchSource source = this.regwatchSources
			.save(new RegwatchSource(RegwatchSourceId.newId(), tenant.id(), "Upphandlingsmyndigheten – nyheter",
					SourceKind.RSS, URI.create("https://www.upphandlingsmyndigheten.se/rss/nyheter"), null, true));
		RegwatchItem item = this.regwatchItems.save(new RegwatchItem(RegwatchItemId.newId(), tenant.id(), source.id(),
				"troskelvarden-2026", "Nya tröskelvärden för offentlig upphandling",
				URI.create("https://www.upphandlingsmyndigheten.se/nyheter/troskelvarden"), now, now));
		this.regwatchItems.addVersion(tenant.id(), new RegwatchItemVersion(item.id(), 1, "demo-v1",
				"EU-kommissionen har beslutat om nya tröskelvärden som gäller från den 1 januari.", now));
	}

}
