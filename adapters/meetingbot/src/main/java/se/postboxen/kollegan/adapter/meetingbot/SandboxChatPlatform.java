package se.postboxen.kollegan.adapter.meetingbot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.chat.LobbyNotice;
import se.postboxen.kollegan.chat.RecapNotice;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentReplies;
import se.postboxen.kollegan.consent.ConsentReply;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.regwatch.RegwatchAlertNotice;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The sandbox's side of consent: a card posted into a sandbox meeting is answered a
 * moment later by everyone who speaks in it, as real people would through Teams or Slack.
 * Everyone accepts, except in {@code declined-consent} (the second speaker declines) and
 * {@code organiser-declines} (the organiser does). Answers arrive on another thread, like
 * a platform's webhook, never inside the request that posted the card.
 */
public class SandboxChatPlatform implements ChatPlatform, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SandboxChatPlatform.class);

	/** Seconds, before the time scale, people take to answer. */
	private static final double ANSWER_AFTER = 1;

	private final ConsentReplies replies;

	private final double timeScale;

	private final Clock clock;

	private final ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "sandbox-chat");
		thread.setDaemon(true);
		return thread;
	});

	public SandboxChatPlatform(ConsentReplies replies, double timeScale, Clock clock) {
		this.replies = replies;
		this.timeScale = timeScale;
		this.clock = clock;
	}

	/** Every meeting is a sandbox meeting while the sandbox gateway is the one in use. */
	@Override
	public boolean reaches(Meeting meeting) {
		return true;
	}

	@Override
	public void postConsentCard(ConsentCard card) {
		SandboxScenario scenario = SandboxScenario.of(card.joinUrl());
		// A card to one late joiner is answered by them alone; they always accept.
		List<Person> people = (card.to() != null) ? List.of(card.to()) : people(card);
		long delay = Math.round(ANSWER_AFTER * 1000 * this.timeScale);
		this.answers.schedule(() -> {
			for (int i = 0; i < people.size(); i++) {
				Person person = people.get(i);
				boolean declines = card.to() == null && switch (scenario) {
					case DECLINED_CONSENT -> i == 1;
					case ORGANISER_DECLINES -> card.organizer() != null && card.organizer().isSamePersonAs(person);
					default -> false;
				};
				answer(card, person, declines ? ConsentAnswer.DECLINED : ConsentAnswer.ACCEPTED);
			}
		}, delay, TimeUnit.MILLISECONDS);
	}

	/**
	 * Nobody waits in a sandbox lobby to read it: the notice is only logged (without the
	 * meeting's title, as every log line is kept free of content).
	 */
	@Override
	public void postLobbyNotice(LobbyNotice notice) {
		logger.info("Sandbox: lobby notice for meeting {}", notice.meetingId());
	}

	@Override
	public void postRecap(RecapNotice recap) {
		logger.info("Sandbox: recap of meeting {} with {} decisions and {} actions", recap.meetingId(),
				recap.decisions().size(), recap.actions().size());
	}

	/** Sandbox people have no chat of their own: nudges go another way. */
	@Override
	public boolean reaches(TenantId tenantId, EmailAddress person) {
		return false;
	}

	@Override
	public void postNudge(ActionNudge nudge) {
		throw new UnsupportedOperationException("the sandbox reaches no one alone");
	}

	/**
	 * The sandbox plays meetings and the people in them, not anyone's own chat: it has
	 * nowhere to write to an administrator alone, so mail carries the alert.
	 */
	@Override
	public boolean postRegwatchAlert(RegwatchAlertNotice notice) {
		return false;
	}

	/**
	 * The speakers of the sandbox meeting, in order; the one with the organiser's name is
	 * the organiser (with their address), and the organiser answers even when silent.
	 */
	private static List<Person> people(ConsentCard card) {
		List<Person> people = new ArrayList<>();
		Person organizer = card.organizer();
		for (String speaker : SandboxTranscripts.of(card.joinUrl()).speakers()) {
			boolean isOrganizer = organizer != null && organizer.name() != null
					&& organizer.name().equalsIgnoreCase(speaker);
			people.add(isOrganizer ? organizer : Person.of(speaker, null));
		}
		if (organizer != null && people.stream().noneMatch(organizer::isSamePersonAs)) {
			people.add(0, organizer);
		}
		return people;
	}

	private void answer(ConsentCard card, Person person, ConsentAnswer answer) {
		try {
			this.replies.replied(new ConsentReply(card.tenantId(), card.meetingId(), person, card.level(), answer,
					ConsentChannel.SANDBOX, this.clock.instant()));
		}
		catch (RuntimeException ex) {
			// A real platform would redeliver; the sandbox logs and moves on.
			logger.warn("Sandbox consent answer not recorded: {}", ex.getClass().getSimpleName());
		}
	}

	@Override
	public void close() {
		this.answers.shutdownNow();
	}

}
