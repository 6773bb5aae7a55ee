package se.postboxen.kollegan.bot.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.brief.Brief;
import se.postboxen.kollegan.brief.BriefKind;
import se.postboxen.kollegan.brief.Briefs;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentReply;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.Booking;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingConclusion;
import se.postboxen.kollegan.meeting.MeetingConclusions;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.MeetingAnalysis;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.ModelUsages;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.transcript.StoredTranscript;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptFormat;
import se.postboxen.kollegan.transcript.TranscriptReader;
import se.postboxen.kollegan.transcript.TranscriptSource;
import se.postboxen.kollegan.transcript.Transcripts;

/**
 * Records a demo meeting that is over as Kollegan would have lived it: booked from the
 * organiser's calendar, joined (or not), the consent answers given, the words recorded,
 * taken from the platform or uploaded, the recap written by the analysis with its
 * decisions, actions, post-brief and stakeholder facts, and the actions that are done by
 * now answered so. Everything goes through the use cases; what they schedule for later —
 * the recap's chat notice, the post-brief mails, the nudges — is cancelled, since that
 * moment passed long ago and nobody should be mailed or nudged about it now.
 * <p>
 * The recap, post-brief and outcome are dated a few minutes after the meeting, when the
 * analysis would have written them; the audit trail keeps the true time of the seeding.
 */
@Component
class PastMeetings {

	private static final Actor DEMO = Actor.system("demo-data");

	/** How long after a meeting its recap was written. */
	private static final Duration ANALYSIS_TIME = Duration.ofMinutes(4);

	private static final String MODEL = "gpt-4o-mini";

	/**
	 * SEK per token, as the example price table in the configuration reference has it.
	 */
	private static final BigDecimal INPUT_PRICE = new BigDecimal("0.0000016");

	private static final BigDecimal OUTPUT_PRICE = new BigDecimal("0.0000064");

	/** The recap prompt's instructions, sent with every transcript. */
	private static final int PROMPT_TOKENS = 1150;

	private final MeetingScheduling scheduling;

	private final Meetings meetings;

	private final Consent consent;

	private final Transcripts transcripts;

	private final MeetingAnalysis analysis;

	private final Recaps recaps;

	private final Briefs briefs;

	private final MeetingConclusions conclusions;

	private final ModelUsages usages;

	private final ActionItems actions;

	private final ActionFollowUps followUps;

	private final JobQueue jobs;

	PastMeetings(MeetingScheduling scheduling, Meetings meetings, Consent consent, Transcripts transcripts,
			MeetingAnalysis analysis, Recaps recaps, Briefs briefs, MeetingConclusions conclusions, ModelUsages usages,
			ActionItems actions, ActionFollowUps followUps, JobQueue jobs) {
		this.scheduling = scheduling;
		this.meetings = meetings;
		this.consent = consent;
		this.transcripts = transcripts;
		this.analysis = analysis;
		this.recaps = recaps;
		this.briefs = briefs;
		this.conclusions = conclusions;
		this.usages = usages;
		this.actions = actions;
		this.followUps = followUps;
		this.jobs = jobs;
	}

	/**
	 * The calendar's name for a demo meeting: the same title on the same day is the same
	 * meeting, whenever the demo is seeded again.
	 */
	static ExternalIds externalIds(String title, LocalDate day) {
		return new ExternalIds("demo-" + HexFormat.of().toHexDigits(title.hashCode()) + "-" + day + "@kollegan.example",
				null);
	}

	/**
	 * Records the meeting, in the caller's transaction.
	 * @param today the day the demo is seeded: actions due before it are mostly done
	 * @return whether it was added; a meeting the tenant has already, or had erased, is
	 * not
	 */
	boolean record(Tenant tenant, DemoTenant demo, PastMeeting past, LocalDate today) {
		ZonedDateTime start = ZonedDateTime.of(past.day(), past.start(), tenant.timeZone());
		ZonedDateTime end = start.plusMinutes(past.minutes());
		Person organiser = past.organiser().in(demo);
		Booking booking = this.scheduling.schedule(
				new ScheduleMeeting(tenant.id(), DEMO, organiser.email(), past.title(), null, past.link().uri(demo),
						start, end, organiser, past.participants().stream().map(cast -> cast.in(demo)).toList(),
						externalIds(past.title(), past.day()), 0, BookingChannel.CALENDAR));
		if (booking.outcome() != Booking.Outcome.SCHEDULED) {
			return false;
		}
		Meeting meeting = booking.meeting();
		boolean attended = past.recording() == PastMeeting.Recording.AGENT;
		if (attended) {
			meeting.markJoining();
			meeting.markInLobby();
			meeting.markActive();
			meeting = this.meetings.save(meeting);
		}
		answerConsent(meeting, past, demo, attended);
		Transcript words = (past.transcript() != null) ? words(past.transcript(), demo) : null;
		switch (past.recording()) {
			case AGENT -> {
				keep(meeting, TranscriptSource.LIVE, words, end.toInstant());
				meeting.startPostProcessing();
				this.meetings.save(meeting);
			}
			case PLATFORM -> {
				keep(meeting, TranscriptSource.PLATFORM, words, end.toInstant());
				meeting.degradeToPostMeetingAnalysis();
				this.meetings.save(meeting);
			}
			case UPLOAD -> this.analysis.upload(tenant.id(), meeting.id(), words, DEMO);
			case NONE -> {
				meeting.degradeToPostMeetingAnalysis();
				this.meetings.save(meeting);
			}
		}
		this.analysis.analyse(tenant.id(), meeting.id(), true);
		Instant written = end.toInstant().plus(ANALYSIS_TIME);
		dateAt(meeting, written);
		if (past.model() && words != null) {
			this.usages.record(cost(meeting, words, written));
		}
		for (ActionItem action : this.actions.findByMeeting(tenant.id(), meeting.id())) {
			if (action.status() == ActionStatus.OPEN && doneBy(action, past.day(), today)) {
				this.followUps.answer(tenant.id(), ActionAnswer.done(action.id()), organiser, DEMO);
			}
			this.jobs.cancelOwnedBy(JobOwner.action(action.id()));
		}
		this.jobs.cancelOwnedBy(JobOwner.meeting(meeting.id()));
		return true;
	}

	/**
	 * The organiser answers first (choosing the level), then the others: on the card in
	 * the meeting when Kollegan was there, else by mail the day before.
	 */
	private void answerConsent(Meeting meeting, PastMeeting past, DemoTenant demo, boolean attended) {
		ConsentChannel channel = !attended ? ConsentChannel.EMAIL : switch (past.link().kind()) {
			case TEAMS -> ConsentChannel.TEAMS;
			case ZOOM -> ConsentChannel.ZOOM;
			case MEET, WEBEX -> ConsentChannel.WEB;
		};
		Instant first = attended ? meeting.startsAt().plus(Duration.ofMinutes(1))
				: meeting.startsAt().minus(Duration.ofDays(1));
		List<Cast> answering = past.participants()
			.stream()
			.sorted((one, other) -> Boolean.compare(one != past.organiser(), other != past.organiser()))
			.toList();
		for (int i = 0; i < answering.size(); i++) {
			Cast who = answering.get(i);
			this.consent.replied(new ConsentReply(meeting.tenantId(), meeting.id(), who.in(demo), past.level(),
					past.declined().contains(who) ? ConsentAnswer.DECLINED : ConsentAnswer.ACCEPTED, channel,
					first.plus(Duration.ofSeconds(25L * i))));
		}
	}

	/** As the analysis keeps words: never those of anyone who said no. */
	private void keep(Meeting meeting, TranscriptSource source, Transcript words, Instant at) {
		this.transcripts.save(new StoredTranscript(meeting.tenantId(), meeting.id(), source,
				words.without(this.consent.declined(meeting)), at));
	}

	private void dateAt(Meeting meeting, Instant written) {
		this.recaps.find(meeting.tenantId(), meeting.id())
			.ifPresent(recap -> this.recaps
				.save(new Recap(recap.tenantId(), recap.meetingId(), recap.status(), recap.language(), recap.source(),
						recap.summary(), recap.topics(), recap.openQuestions(), written)));
		for (Brief brief : this.briefs.findByMeeting(meeting.tenantId(), meeting.id())) {
			if (brief.kind() == BriefKind.POST) {
				this.briefs.save(new Brief(brief.id(), brief.tenantId(), brief.meetingId(), brief.kind(),
						brief.language(), brief.content(), written));
			}
		}
		this.conclusions.find(meeting.tenantId(), meeting.id())
			.ifPresent(conclusion -> this.conclusions.save(new MeetingConclusion(conclusion.tenantId(),
					conclusion.meetingId(), conclusion.outcome(), conclusion.reason(), written)));
	}

	/**
	 * What a remote model would have charged for the recap: the instructions and the
	 * transcript in (some four characters a token), a recap about a tenth as long out.
	 */
	private static ModelUsage cost(Meeting meeting, Transcript words, Instant at) {
		long characters = words.utterances().stream().mapToLong(utterance -> utterance.text().length()).sum();
		long prompt = PROMPT_TOKENS + characters / 4;
		long completion = 180 + characters / 40;
		BigDecimal sek = INPUT_PRICE.multiply(BigDecimal.valueOf(prompt))
			.add(OUTPUT_PRICE.multiply(BigDecimal.valueOf(completion)))
			.setScale(6, RoundingMode.HALF_UP);
		return new ModelUsage(meeting.tenantId(), meeting.id(), MODEL, prompt, completion, sek, at);
	}

	/**
	 * Done: the actions whose date has passed, but for some one in four of the last three
	 * weeks' (picked by their words), left overdue as happens; and those without a date
	 * from meetings more than three weeks ago.
	 */
	private static boolean doneBy(ActionItem action, LocalDate held, LocalDate today) {
		if (action.due() != null) {
			boolean late = action.due().isAfter(today.minusWeeks(3)) && Math.floorMod(action.text().hashCode(), 4) == 0;
			return action.due().isBefore(today) && !late;
		}
		return held.isBefore(today.minusWeeks(3));
	}

	/** A transcript file with the tenant's people in it. */
	private static Transcript words(String file, DemoTenant demo) {
		String text;
		try (InputStream in = PastMeetings.class.getResourceAsStream("/demo/transcripts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("no demo transcript " + file);
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Cast user : List.of(Cast.ADMIN, Cast.MEMBER, Cast.AUDITOR)) {
			String name = user.in(demo).name();
			text = text.replace("{" + user.name() + "}", name)
				.replace("{" + user.name() + ".first}", name.substring(0, name.indexOf(' ')));
		}
		return TranscriptReader.read(file.endsWith(".vtt") ? TranscriptFormat.WEBVTT : TranscriptFormat.PLAIN_TEXT,
				text);
	}

}
