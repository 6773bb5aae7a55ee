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
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.DeploymentMode;
import se.postboxen.kollegan.bot.demo.PastMeeting.JoinLink;
import se.postboxen.kollegan.brief.Brief;
import se.postboxen.kollegan.brief.BriefId;
import se.postboxen.kollegan.brief.BriefKind;
import se.postboxen.kollegan.brief.Briefs;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentReply;
import se.postboxen.kollegan.invite.VerifiedDomains;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.regwatch.RegwatchItem;
import se.postboxen.kollegan.regwatch.RegwatchItemId;
import se.postboxen.kollegan.regwatch.RegwatchItemVersion;
import se.postboxen.kollegan.regwatch.RegwatchItems;
import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.regwatch.RegwatchSources;
import se.postboxen.kollegan.regwatch.SourceKind;
import se.postboxen.kollegan.shared.TransactionLocks;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.UserId;
import se.postboxen.kollegan.tenant.Users;

/**
 * Seeds the demo tenants {@code demo-a} and {@code demo-b}: every module on (first, see
 * {@link DemoModules}), their users, a realistic week of meetings around today (one
 * waiting for a transcript, one running, the rest ahead) and a regwatch source; once the
 * application is ready, {@link DemoHistory} adds the week's two meetings that are over,
 * recapped, and the seven weeks before. Idempotent: tenants and users are created once,
 * and a new week is seeded only when a tenant has no meetings in the current one, so
 * restarts never duplicate anything. Each tenant is seeded under a lock every replica
 * sees, so that instances starting together do not both seed it.
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

	private final Briefs briefs;

	private final Consent consent;

	private final DemoHistory history;

	private final RegwatchSources regwatchSources;

	private final RegwatchItems regwatchItems;

	private final AuditLog auditLog;

	private final VerifiedDomains verifiedDomains;

	private final ChatInstallations chatInstallations;

	private final DemoModules modules;

	private final TransactionLocks locks;

	DemoData(Environment environment, Clock clock, Transactions transactions, Tenants tenants, Users users,
			MeetingScheduling scheduling, Meetings meetings, Briefs briefs, Consent consent, DemoHistory history,
			RegwatchSources regwatchSources, RegwatchItems regwatchItems, AuditLog auditLog,
			VerifiedDomains verifiedDomains, ChatInstallations chatInstallations, DemoModules modules,
			TransactionLocks locks) {
		this.chatInstallations = chatInstallations;
		this.modules = modules;
		this.locks = locks;
		this.enabled = DeploymentMode.demo(environment);
		this.clock = clock;
		this.transactions = transactions;
		this.tenants = tenants;
		this.users = users;
		this.scheduling = scheduling;
		this.meetings = meetings;
		this.briefs = briefs;
		this.consent = consent;
		this.history = history;
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
		Instant now = this.clock.instant();
		for (DemoTenant demo : DemoTenant.values()) {
			int seeded = this.transactions.inTransaction(() -> seed(demo, now));
			logger.info("Demo tenant {} ready ({} meetings added)", demo.slug(), seeded);
		}
	}

	private int seed(DemoTenant demo, Instant now) {
		this.locks.lock("demo-data:" + demo.slug());
		Tenant tenant = this.tenants.findBySlug(demo.slug())
			.orElseGet(() -> this.tenants.save(new Tenant(demo.id(), demo.slug(), demo.displayName(), STOCKHOLM,
					ConsentLevel.PLUS, demo.directoryId())));
		if (tenant.directoryId() == null) {
			// Seeded before tenants had directory ids: link it to the demo directory now.
			tenant = this.tenants.save(new Tenant(tenant.id(), tenant.slug(), tenant.name(), tenant.timeZone(),
					tenant.defaultConsentLevel(), demo.directoryId()));
		}
		// Before anything is seeded: what a module does happens only with it on.
		this.modules.everyModuleOn(tenant);
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
		Person admin = Cast.ADMIN.in(demo);
		Person member = Cast.MEMBER.in(demo);
		Person auditor = Cast.AUDITOR.in(demo);
		Person supplier = Cast.JONAS.in(demo);
		Person lawyer = Cast.LENA.in(demo);
		List<Meeting> scheduled = new ArrayList<>();

		// Recapped in the background with the weeks before: the analysis takes its time.
		this.history.recordWithHistory(demo, List.of(
				new PastMeeting("Styrgruppsmöte digitalisering", today.minusDays(2), LocalTime.of(9, 0), 60,
						JoinLink.teams("styrgrupp"), Cast.ADMIN, List.of(Cast.ADMIN, Cast.MEMBER, Cast.JOHAN),
						ConsentLevel.PLUS, Set.of(), PastMeeting.Recording.AGENT, "styrgrupp-4.txt", true),
				new PastMeeting("Avstämning upphandling av skolskjuts", today.minusDays(1), LocalTime.of(13, 0), 45,
						JoinLink.zoom("81234567890"), Cast.MEMBER, List.of(Cast.MEMBER, Cast.JONAS, Cast.AUDITOR),
						ConsentLevel.BAS, Set.of(), PastMeeting.Recording.AGENT, "skolskjuts-avstamning.txt", true)));

		Meeting privacy = schedule(tenant, "Dataskyddsgenomgång inför ny e-tjänst",
				JoinLink.meet("kol-demo-" + demo.slug().charAt(demo.slug().length() - 1)).uri(demo),
				at(today.minusDays(1), 15, 30), 60, auditor, List.of(auditor, admin, lawyer));
		privacy.markJoining();
		privacy.degradeToPostMeetingAnalysis();
		scheduled.add(this.meetings.save(privacy));

		ZonedDateTime running = now.atZone(STOCKHOLM).truncatedTo(ChronoUnit.MINUTES).minusMinutes(15);
		Meeting weekly = schedule(tenant, "Veckomöte socialförvaltningen", JoinLink.teams("veckomote").uri(demo),
				running, 60, admin, List.of(admin, member));
		weekly.markJoining();
		weekly.markInLobby();
		weekly.markActive();
		weekly = this.meetings.save(weekly);
		for (Person person : List.of(admin, member)) {
			this.consent.replied(new ConsentReply(tenant.id(), weekly.id(), person, ConsentLevel.PLUS,
					ConsentAnswer.ACCEPTED, ConsentChannel.TEAMS, weekly.startsAt().plusSeconds(60)));
		}
		scheduled.add(weekly);

		Meeting supplierMeeting = schedule(tenant, "Möte med leverantör om e-arkiv",
				JoinLink.webex("e-arkiv").uri(demo), running.plusHours(3), 60, member, List.of(member, supplier));
		preBrief(supplierMeeting, """
				## Inför mötet
				Jonas Wik (leverantor.example) deltog senast i avstämningen om skolskjuts.

				## Öppna åtgärder
				- Skicka förfrågningsunderlaget på remiss (%s)
				""".formatted(member.name()));
		scheduled.add(supplierMeeting);

		scheduled.add(schedule(tenant, "Kommunstyrelsens beredning", JoinLink.teams("beredning").uri(demo),
				at(today.plusDays(1), 9, 30), 90, admin, List.of(admin, member, auditor)));
		scheduled.add(schedule(tenant, "Juridisk genomgång av hyresavtal", JoinLink.teams("juridik").uri(demo),
				at(today.plusDays(2), 14, 0), 60, admin, List.of(admin, lawyer)));
		scheduled.add(schedule(tenant, "Workshop: tillgänglighet i e-tjänster", JoinLink.zoom("89876543210").uri(demo),
				at(today.plusDays(3), 11, 0), 120, member, List.of(member, auditor)));
		Meeting cancelled = schedule(tenant, "Budgetuppföljning (inställt)", JoinLink.teams("budget").uri(demo),
				at(today.plusDays(4), 8, 30), 30, admin, List.of(admin, member));
		cancelled.cancel();
		scheduled.add(this.meetings.save(cancelled));
		scheduled
			.add(schedule(tenant, "Regwatch: nya tröskelvärden i upphandling", JoinLink.meet("kol-regw-atch").uri(demo),
					at(today.plusDays(6), 10, 0), 45, auditor, List.of(auditor, member)));
		return scheduled.size();
	}

	private static ZonedDateTime at(LocalDate date, int hour, int minute) {
		return ZonedDateTime.of(date, LocalTime.of(hour, minute), STOCKHOLM);
	}

	private Meeting schedule(Tenant tenant, String title, URI joinUrl, ZonedDateTime start, int minutes,
			Person organizer, List<Person> participants) {
		return this.scheduling
			.schedule(new ScheduleMeeting(tenant.id(), DEMO, null, title, null, joinUrl, start,
					start.plusMinutes(minutes), organizer, participants,
					PastMeetings.externalIds(title, start.toLocalDate()), 0, BookingChannel.API))
			.meeting();
	}

	/**
	 * The brief an hour before the meeting, as if written then: the real one comes from a
	 * job that would mail it, which a demo must not.
	 */
	private void preBrief(Meeting meeting, String content) {
		this.briefs.save(new Brief(BriefId.newId(), meeting.tenantId(), meeting.id(), BriefKind.PRE, "sv", content,
				meeting.startsAt().minus(Duration.ofHours(1))));
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
