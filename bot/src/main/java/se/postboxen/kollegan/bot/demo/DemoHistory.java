package se.postboxen.kollegan.bot.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.DeploymentMode;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.recap.LanguageModel;
import se.postboxen.kollegan.recap.OfflineExtractor;
import se.postboxen.kollegan.shared.TransactionLocks;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;

import static se.postboxen.kollegan.bot.demo.Cast.ADMIN;
import static se.postboxen.kollegan.bot.demo.Cast.AUDITOR;
import static se.postboxen.kollegan.bot.demo.Cast.FATIMA;
import static se.postboxen.kollegan.bot.demo.Cast.GUNILLA;
import static se.postboxen.kollegan.bot.demo.Cast.INGRID;
import static se.postboxen.kollegan.bot.demo.Cast.JOHAN;
import static se.postboxen.kollegan.bot.demo.Cast.JONAS;
import static se.postboxen.kollegan.bot.demo.Cast.LENA;
import static se.postboxen.kollegan.bot.demo.Cast.MEMBER;
import static se.postboxen.kollegan.bot.demo.Cast.NADIA;
import static se.postboxen.kollegan.bot.demo.Cast.NILS;
import static se.postboxen.kollegan.bot.demo.Cast.PER;
import static se.postboxen.kollegan.bot.demo.Cast.TOM;
import static se.postboxen.kollegan.bot.demo.PastMeeting.JoinLink.meet;
import static se.postboxen.kollegan.bot.demo.PastMeeting.JoinLink.teams;
import static se.postboxen.kollegan.bot.demo.PastMeeting.JoinLink.webex;
import static se.postboxen.kollegan.bot.demo.PastMeeting.JoinLink.zoom;

/**
 * The seven weeks before the demo week, as a municipality's weeks go: a weekly meeting of
 * the social services, a steering group every other week, a procurement, an e-archive
 * with its supplier, a shore protection case with the county board, lawyers and a data
 * protection officer. Every meeting goes through the use cases a real one takes (see
 * {@link PastMeetings}), so its recap, decisions, actions, stakeholder facts and costs
 * are what Kollegan would have made of it. The demo week's own two meetings that are over
 * are recorded with it when {@link DemoData} has just seeded that week.
 * <p>
 * Seeded in the background once the application is ready, after {@link DemoData} has made
 * the tenants and their week: some thirty meetings through every use case take seconds,
 * which readiness should not wait for. Each tenant's history is one transaction, seeded
 * only when the tenant has no meeting before the demo week, so it appears whole or not at
 * all, and a restart, a later day, a start stopped half-way or a second replica starting
 * at the same time (the check runs under a lock every replica sees) never adds a second
 * one. Only when the offline extractor writes recaps: with a language model configured,
 * every meeting would cost a model call, and none is recorded.
 */
@Component
class DemoHistory {

	private static final Logger logger = LoggerFactory.getLogger(DemoHistory.class);

	/** As far back as the dashboard's insights look, and a little more. */
	private static final Duration REACH = Duration.ofDays(8 * 7 + 7);

	/** How long a shutdown waits for a history being seeded to roll back. */
	private static final Duration STOP_WAIT = Duration.ofSeconds(10);

	private final boolean enabled;

	private final Tenants tenants;

	private final PastMeetings pastMeetings;

	private final Meetings meetings;

	private final Transactions transactions;

	private final TransactionLocks locks;

	private final AuditLog auditLog;

	private final Clock clock;

	private final boolean offline;

	private final CompletableFuture<Void> seeded = new CompletableFuture<>();

	/** The demo week's meetings that are over, per tenant whose week was just seeded. */
	private final Map<DemoTenant, List<PastMeeting>> thisWeek = new ConcurrentHashMap<>();

	private volatile boolean stopping;

	private volatile @Nullable Thread worker;

	DemoHistory(Environment environment, Tenants tenants, PastMeetings pastMeetings, Meetings meetings,
			Transactions transactions, TransactionLocks locks, AuditLog auditLog, Clock clock, LanguageModel model) {
		this.enabled = DeploymentMode.demo(environment);
		this.tenants = tenants;
		this.pastMeetings = pastMeetings;
		this.meetings = meetings;
		this.transactions = transactions;
		this.locks = locks;
		this.auditLog = auditLog;
		this.clock = clock;
		this.offline = model instanceof OfflineExtractor;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seedInBackground() {
		if (!this.enabled) {
			this.seeded.complete(null);
			return;
		}
		Thread thread = new Thread(this::seedAll, "demo-history");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	private void seedAll() {
		try {
			for (DemoTenant demo : DemoTenant.values()) {
				Tenant tenant = this.tenants.findBySlug(demo.slug()).orElseThrow();
				long started = System.nanoTime();
				int added = seed(tenant, demo);
				logger.info("Demo history of {} ready ({} meetings added in {} ms)", demo.slug(), added,
						Duration.ofNanos(System.nanoTime() - started).toMillis());
			}
			this.seeded.complete(null);
		}
		catch (RuntimeException ex) {
			if (!this.stopping) {
				logger.error("The demo history could not be seeded", ex);
			}
			this.seeded.completeExceptionally(ex);
		}
	}

	/**
	 * A shutdown during the seeding rolls the tenant's history back, to be seeded anew.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		this.stopping = true;
		Thread thread = this.worker;
		if (thread != null) {
			thread.join(STOP_WAIT.toMillis());
		}
	}

	/**
	 * Waits until the background seeding is over, however it ended.
	 * @return whether it ended within {@code timeout}
	 */
	boolean awaitSeeded(Duration timeout) throws InterruptedException {
		try {
			this.seeded.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (ExecutionException ex) {
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
	}

	/**
	 * Has the meetings of a newly seeded demo week that are over recorded with the
	 * history, in its transaction: each would make the start wait for an analysis.
	 */
	void recordWithHistory(DemoTenant demo, List<PastMeeting> meetings) {
		this.thisWeek.put(demo, List.copyOf(meetings));
	}

	/**
	 * Seeds the tenant's weeks before the demo week (which begins two days before today,
	 * see {@link DemoData}) unless it has any meeting before that week, and the week's
	 * meetings that are over when the week was just seeded.
	 * @return how many meetings were added
	 */
	int seed(Tenant tenant, DemoTenant demo) {
		if (!this.offline) {
			logger.info("No demo history for {}: a language model is configured, and would be paid for it",
					demo.slug());
			return 0;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), tenant.timeZone());
		Instant weekStart = today.minusDays(2).atStartOfDay(tenant.timeZone()).toInstant();
		int added = this.transactions.inTransaction(() -> {
			this.locks.lock("demo-history:" + demo.slug());
			MeetingSearch before = new MeetingSearch(tenant.id(), weekStart.minus(REACH), weekStart, Set.of(), null, 0,
					1);
			List<PastMeeting> past = new ArrayList<>();
			if (this.meetings.search(before).totalItems() == 0) {
				past.addAll(plan(today));
			}
			past.addAll(this.thisWeek.getOrDefault(demo, List.of()));
			int recorded = 0;
			for (PastMeeting meeting : past) {
				if (this.stopping) {
					throw new CancellationException("shutting down");
				}
				if (this.pastMeetings.record(tenant, demo, meeting, today)) {
					recorded++;
				}
			}
			if (recorded > 0) {
				this.auditLog.record(AuditEvent.of(tenant.id(), this.clock.instant(), Actor.system("demo-data"),
						"demo.history-seeded", "tenant", tenant.id().toString(),
						Map.of("meetings", Integer.toString(recorded))));
			}
			return recorded;
		});
		this.thisWeek.remove(demo);
		return added;
	}

	/** The weeks before the one {@code today} is in, oldest first. */
	static List<PastMeeting> plan(LocalDate today) {
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<PastMeeting> plan = new ArrayList<>();
		String weekly = "Veckomöte socialförvaltningen";
		String steering = "Styrgrupp digitalisering";
		List<Cast> socialServices = List.of(ADMIN, MEMBER, FATIMA);
		List<Cast> steeringGroup = List.of(ADMIN, MEMBER, JOHAN, GUNILLA);
		List<Cast> eArchive = List.of(MEMBER, JONAS, JOHAN);
		List<Cast> shore = List.of(MEMBER, GUNILLA, PER);
		List<Cast> schoolTransport = List.of(MEMBER, NILS, INGRID);
		List<Cast> archivePlatform = List.of(MEMBER, TOM, JOHAN);

		plan.add(recorded(weekly, on(monday, 7, DayOfWeek.MONDAY), 9, 0, 45, teams("veckomote"), ADMIN, socialServices,
				"veckomote-1.txt", false));
		plan.add(recorded("Uppstart: upphandling av skolskjuts", on(monday, 7, DayOfWeek.WEDNESDAY), 13, 0, 60,
				zoom("84410023311"), MEMBER, schoolTransport, "skolskjuts-uppstart.vtt", false));
		plan.add(bas(recorded("Dataskyddsombudets genomgång av registerförteckningen",
				on(monday, 7, DayOfWeek.THURSDAY), 10, 0, 60, meet("reg-kfdt-wqp"), AUDITOR,
				List.of(AUDITOR, ADMIN, JOHAN), "registerforteckning.txt", false)));

		plan.add(recorded(weekly, on(monday, 6, DayOfWeek.MONDAY), 9, 0, 45, teams("veckomote"), ADMIN, socialServices,
				"veckomote-2.txt", false));
		plan.add(new PastMeeting(steering, on(monday, 6, DayOfWeek.TUESDAY), LocalTime.of(14, 0), 90,
				teams("styrgrupp"), ADMIN, steeringGroup, ConsentLevel.PLUS, Set.of(), PastMeeting.Recording.PLATFORM,
				"styrgrupp-1.vtt", false));
		plan.add(recorded("Leverantörsdialog e-arkiv", on(monday, 6, DayOfWeek.THURSDAY), 10, 0, 60, webex("e-arkiv"),
				MEMBER, eArchive, "earkiv-dialog.txt", false));
		plan.add(recorded("Personuppgiftsbiträdesavtal för e-arkivet", on(monday, 6, DayOfWeek.FRIDAY), 9, 0, 30,
				teams("pub-avtal"), ADMIN, List.of(ADMIN, LENA), "pub-avtal.txt", false));

		plan.add(recorded(weekly, on(monday, 5, DayOfWeek.MONDAY), 9, 0, 45, teams("veckomote"), ADMIN, socialServices,
				"veckomote-3.txt", false));
		plan.add(recorded("Archive platform: introduction", on(monday, 5, DayOfWeek.WEDNESDAY), 13, 30, 60,
				zoom("87720045518"), MEMBER, archivePlatform, "archive-intro.vtt", false));

		plan.add(recorded(weekly, on(monday, 4, DayOfWeek.MONDAY), 9, 0, 45, teams("veckomote"), ADMIN, socialServices,
				"veckomote-4.txt", false));
		plan.add(new PastMeeting(steering, on(monday, 4, DayOfWeek.TUESDAY), LocalTime.of(14, 0), 90,
				teams("styrgrupp"), ADMIN, steeringGroup, ConsentLevel.PLUS, Set.of(), PastMeeting.Recording.PLATFORM,
				"styrgrupp-2.vtt", false));
		plan.add(new PastMeeting("Arbetsplatsträff IT-enheten", on(monday, 4, DayOfWeek.TUESDAY), LocalTime.of(8, 30),
				45, meet("apt-itxn-vbc"), ADMIN, List.of(ADMIN, JOHAN, MEMBER), ConsentLevel.PLUS, Set.of(),
				PastMeeting.Recording.NONE, null, false));
		plan.add(recorded("Samråd med Länsstyrelsen om strandskyddsdispens", on(monday, 4, DayOfWeek.WEDNESDAY), 10, 0,
				60, teams("strandskydd"), MEMBER, shore, "strandskydd.txt", false));
		plan.add(bas(recorded("Skolskjuts: genomgång av anbuden", on(monday, 4, DayOfWeek.THURSDAY), 15, 0, 45,
				zoom("84410023311"), MEMBER, schoolTransport, "skolskjuts-utvardering.vtt", false)));

		plan.add(recorded(weekly, on(monday, 3, DayOfWeek.MONDAY), 9, 0, 45, teams("veckomote"), ADMIN, socialServices,
				"veckomote-5.txt", true));
		plan.add(recorded("Juridisk genomgång: begäran om överprövning", on(monday, 3, DayOfWeek.TUESDAY), 9, 0, 60,
				teams("overprovning"), ADMIN, List.of(ADMIN, MEMBER, LENA), "overprovning.txt", true));
		plan.add(new PastMeeting("Tillgänglighetsgranskning av e-tjänsterna", on(monday, 3, DayOfWeek.THURSDAY),
				LocalTime.of(13, 0), 60, meet("tgb-rwzs-kpd"), MEMBER, List.of(MEMBER, JOHAN, NADIA), ConsentLevel.PLUS,
				Set.of(NADIA), PastMeeting.Recording.UPLOAD, "tillganglighet.txt", true));

		plan.add(recorded(weekly, on(monday, 2, DayOfWeek.MONDAY), 9, 0, 45, teams("veckomote"), ADMIN, socialServices,
				"veckomote-6.txt", true));
		plan.add(new PastMeeting(steering, on(monday, 2, DayOfWeek.TUESDAY), LocalTime.of(14, 0), 90,
				teams("styrgrupp"), ADMIN, steeringGroup, ConsentLevel.PLUS, Set.of(), PastMeeting.Recording.PLATFORM,
				"styrgrupp-3.vtt", true));
		plan.add(recorded("Leverantörsdialog e-arkiv: migreringsplan", on(monday, 2, DayOfWeek.WEDNESDAY), 10, 0, 45,
				webex("e-arkiv"), MEMBER, eArchive, "earkiv-migrering.txt", true));
		plan.add(bas(recorded("Budgetavstämning IT", on(monday, 2, DayOfWeek.WEDNESDAY), 15, 0, 30, teams("budget-it"),
				ADMIN, List.of(ADMIN, NILS), "budget-it.txt", true)));
		plan.add(recorded("Archive platform: security review", on(monday, 2, DayOfWeek.THURSDAY), 9, 30, 60,
				zoom("87720045518"), MEMBER, archivePlatform, "archive-security.vtt", true));

		plan.add(recorded(weekly, on(monday, 1, DayOfWeek.MONDAY), 9, 0, 45, teams("veckomote"), ADMIN, socialServices,
				"veckomote-7.txt", true));
		// Recapped while the model was unreachable: the offline extractor stood in.
		plan.add(recorded("Samråd med Länsstyrelsen: beslut om dispens", on(monday, 1, DayOfWeek.TUESDAY), 13, 0, 45,
				teams("strandskydd"), MEMBER, shore, "strandskydd-uppfoljning.txt", false));
		plan.add(recorded("Rekrytering: systemförvaltare för e-arkivet", on(monday, 1, DayOfWeek.WEDNESDAY), 11, 0, 30,
				teams("rekrytering"), ADMIN, List.of(ADMIN, FATIMA, JOHAN), "rekrytering.txt", true));
		plan.add(bas(recorded("Konsekvensbedömning för bygglovets e-tjänst", on(monday, 1, DayOfWeek.THURSDAY), 10, 0,
				60, meet("dpi-abxq-mne"), AUDITOR, List.of(AUDITOR, MEMBER, LENA), "konsekvensbedomning.txt", true)));
		return plan;
	}

	/** A Plus meeting Kollegan was in and recorded, where everyone said yes. */
	private static PastMeeting recorded(String title, LocalDate day, int hour, int minute, int minutes,
			PastMeeting.JoinLink link, Cast organiser, List<Cast> participants, String transcript, boolean model) {
		return new PastMeeting(title, day, LocalTime.of(hour, minute), minutes, link, organiser, participants,
				ConsentLevel.PLUS, Set.of(), PastMeeting.Recording.AGENT, transcript, model);
	}

	/** The same meeting, its organiser having chosen Bas. */
	private static PastMeeting bas(PastMeeting meeting) {
		return new PastMeeting(meeting.title(), meeting.day(), meeting.start(), meeting.minutes(), meeting.link(),
				meeting.organiser(), meeting.participants(), ConsentLevel.BAS, meeting.declined(), meeting.recording(),
				meeting.transcript(), meeting.model());
	}

	/** A day {@code weeks} weeks before the week that starts on {@code monday}. */
	private static LocalDate on(LocalDate monday, int weeks, DayOfWeek day) {
		return monday.minusWeeks(weeks).plusDays(day.getValue() - 1);
	}

}
