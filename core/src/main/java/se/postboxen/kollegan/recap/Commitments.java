package se.postboxen.kollegan.recap;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.CommitmentCues.Cue;
import se.postboxen.kollegan.recap.CommitmentCues.Kind;
import se.postboxen.kollegan.recap.DueDates.Due;

/**
 * A meeting's commitments, with owner and due date settled from the conversation around
 * each cue:
 * <ul>
 * <li>"jag"/"I" is the speaker; a name said is that person;</li>
 * <li>"du"/"you" is the one named in the sentence, else the one who answers it with a yes
 * ("Sure, I'll …"; a reply that only takes on a task of its own is not a yes), else
 * (inferred) the one named earlier in the turn, the previous speaker, or the only other
 * speaker;</li>
 * <li>a refusal ("Nej, det hinner jag inte") drops a request or an offer, and a yes with
 * a date ("Ja, gör det, helst till fredag") dates it;</li>
 * <li>the owner's own "Ja, det fixar jag" after a request is the same action, not a
 * second one, and so is a speaker going on about the same task in the next sentence.</li>
 * </ul>
 */
final class Commitments {

	private static final Pattern ANOTHER_TASK = Phrases.compile("\\b(?:också|även|dessutom|also|as\\s+well|too)\\b");

	/** A minute's "Action: I will …" is the speaker's. */
	private static final Pattern SAYS_I = Phrases.compile("\\b(?:jag|i)\\b");

	/** A commitment put as an offer, which a "no" turns down. */
	private static final Pattern OFFER = Phrases.compile("\\b(?:jag\\s+kan|i\\s+can)\\b");

	/**
	 * A question to the room ("Kan någon fixa det före den 8?") whose date the volunteer
	 * takes.
	 */
	private static final Pattern TO_ANYONE = Phrases.compile("\\b(?:någon|vem|someone|somebody|anyone|anybody|who)\\b");

	/** A reply's sentences read for a yes, a no or a date. */
	private static final int REPLY_SENTENCES = 2;

	/** Words that make a date in a sentence a deadline rather than a mention. */
	private static final Pattern DEADLINE = Phrases
		.compile("\\b(?:senast|till|innan|före|klar|klart|klara|räkna\\s+med|by|before|until|ready|done|due)\\b");

	/**
	 * Content shared with an earlier action of the same owner above which it is a
	 * repetition.
	 */
	private static final double REPETITION = 0.6;

	private final Conversation conversation;

	private final Roster roster;

	private final ZonedDateTime meetingStart;

	private final Set<Integer> decisions;

	private final List<Person> speakers;

	/** Each sentence's cue, read once though replies and dates look at it again. */
	private final List<Optional<Cue>> cues;

	Commitments(Conversation conversation, Roster roster, ZonedDateTime meetingStart, Set<Integer> decisions) {
		this.conversation = conversation;
		this.roster = roster;
		this.meetingStart = meetingStart;
		this.decisions = decisions;
		Set<Person> speakers = new LinkedHashSet<>();
		conversation.sentences().stream().map(Sentence::speaker).filter(p -> p != null).forEach(speakers::add);
		this.speakers = List.copyOf(speakers);
		this.cues = conversation.sentences().stream().map(sentence -> CommitmentCues.in(sentence, roster)).toList();
	}

	private Optional<Cue> cue(Sentence sentence) {
		return this.cues.get(sentence.position());
	}

	List<ActionDraft> find() {
		List<Pending> actions = new ArrayList<>();
		boolean[] consumed = new boolean[this.conversation.size()];
		for (Sentence sentence : this.conversation.sentences()) {
			if (consumed[sentence.position()]) {
				continue;
			}
			Optional<Cue> cue = cue(sentence);
			if (cue.isEmpty() || yesToSomethingForNow(sentence, cue.get())) {
				continue;
			}
			Optional<Owner> owner = owner(sentence, cue.get());
			if (owner.isEmpty()) {
				continue;
			}
			Pending action = new Pending(sentence, cue.get(), owner.get(), due(sentence));
			if (cue.get().kind() == Kind.GROUP
					&& (action.due == null || this.decisions.contains(sentence.position()))) {
				continue;
			}
			if (!followUp(action, consumed)) {
				continue;
			}
			Pending previous = actions.isEmpty() ? null : actions.get(actions.size() - 1);
			if (previous != null && continues(previous, action)) {
				previous.absorb(action);
			}
			else if (actions.stream().noneMatch(earlier -> repeats(earlier, action))) {
				actions.add(action);
			}
		}
		return actions.stream().map(Pending::draft).toList();
	}

	/**
	 * "Sure, I can do that" after "would you be the owner?": the yes names no task of its
	 * own, and what it agrees to is not one.
	 */
	private boolean yesToSomethingForNow(Sentence sentence, Cue cue) {
		int start = this.conversation.turnStart(sentence);
		return cue.kind() == Kind.SELF && sentence.position() == start && start > 0 && sentence.content().size() <= 1
				&& CommitmentCues.asksForNow(this.conversation.get(start - 1));
	}

	/** Empty when the cue is refused or an offer is not taken up. */
	private Optional<Owner> owner(Sentence sentence, Cue cue) {
		Sentence reply = replyTo(sentence);
		return switch (cue.kind()) {
			case SELF -> Optional.of(new Owner(sentence.speaker(), sentence.speaker() == null));
			case NAMED -> Optional.of(new Owner(cue.named(), false));
			case SHARED, GROUP ->
				Optional.of(new Owner((cue.kind() == Kind.GROUP) ? sentence.speaker() : cue.named(), true));
			case NOTED -> Optional
				.of((cue.named() != null) ? new Owner(cue.named(), false) : SAYS_I.matcher(sentence.lower()).find()
						? new Owner(sentence.speaker(), false) : new Owner(null, true));
			case OFFERED -> (reply != null && accepts(reply)) ? Optional.of(new Owner(sentence.speaker(), false))
					: Optional.empty();
			case ADDRESSED -> addressee(sentence, cue, reply);
		};
	}

	private Optional<Owner> addressee(Sentence sentence, Cue cue, @Nullable Sentence reply) {
		if (reply != null && refuses(reply) && (cue.named() == null || cue.named().isSamePersonAs(speakerOf(reply)))) {
			return Optional.empty();
		}
		if (cue.named() != null) {
			return Optional.of(new Owner(cue.named(), false));
		}
		if (reply != null && reply.speaker() != null && accepts(reply)) {
			return Optional.of(new Owner(reply.speaker(), false));
		}
		for (int earlier = sentence.position() - 1; earlier >= this.conversation.turnStart(sentence); earlier--) {
			for (Roster.Mention mention : this.roster.mentions(this.conversation.get(earlier).text())) {
				Person named = mention.person(sentence.speaker());
				if (named != null) {
					return Optional.of(new Owner(named, true));
				}
			}
		}
		Sentence previous = this.conversation.previousTurn(sentence);
		if (previous != null && previous.speaker() != null) {
			return Optional.of(new Owner(previous.speaker(), true));
		}
		List<Person> others = this.speakers.stream()
			.filter(person -> sentence.speaker() == null || !person.isSamePersonAs(sentence.speaker()))
			.toList();
		return Optional.of(new Owner((others.size() == 1) ? others.get(0) : null, true));
	}

	private static Person speakerOf(Sentence sentence) {
		return (sentence.speaker() != null) ? sentence.speaker() : new Person(sentence.speakerLabel(), null);
	}

	/**
	 * The first sentence of the next turn, when {@code sentence} is the last or next to
	 * last of its own and so is what the next speaker answers.
	 */
	private @Nullable Sentence replyTo(Sentence sentence) {
		int next = this.conversation.nextTurnStart(sentence);
		if (next < 0 || this.conversation.turnEnd(sentence) - sentence.position() > 2) {
			return null;
		}
		return this.conversation.get(next);
	}

	private static boolean accepts(Sentence reply) {
		return Phrases.ACCEPTANCE.matcher(reply.lower()).find();
	}

	private static boolean refuses(Sentence reply) {
		return !accepts(reply) && Phrases.REFUSAL.matcher(reply.lower()).find();
	}

	/**
	 * In the sentence, else in the next one when that asks about or sets the date ("Kan
	 * vi säga fredag?", "räkna med nästa fredag"), else — for a volunteer — in the
	 * question to the room they answer ("Kan någon fixa det före den 8 januari?");
	 * inferred then.
	 */
	private @Nullable Due due(Sentence sentence) {
		Optional<Due> said = DueDates.in(sentence.lower(), this.meetingStart);
		if (said.isPresent()) {
			return said.get();
		}
		int next = sentence.position() + 1;
		if (next < this.conversation.turnEnd(sentence)) {
			Sentence after = this.conversation.get(next);
			if ((after.isQuestion() || DEADLINE.matcher(after.lower()).find()) && cue(after).isEmpty()) {
				Optional<Due> asked = DueDates.in(after.lower(), this.meetingStart);
				if (asked.isPresent()) {
					return new Due(asked.get().date(), true);
				}
			}
		}
		int start = this.conversation.turnStart(sentence);
		if (sentence.position() == start && start > 0) {
			Sentence asked = this.conversation.get(start - 1);
			if (asked.isQuestion() && TO_ANYONE.matcher(asked.lower()).find()) {
				return DueDates.in(asked.lower(), this.meetingStart).map(due -> new Due(due.date(), true)).orElse(null);
			}
		}
		return null;
	}

	/**
	 * The answer to an action, and whether the action stands: the owner's "Ja, det gör
	 * jag" (or their own "I'll send it tomorrow") is the same action and may re-date it;
	 * someone else's yes may date it or ask the owner for a date.
	 */
	private boolean followUp(Pending action, boolean[] consumed) {
		Sentence reply = replyTo(action.sentence);
		if (reply == null || reply.speaker() == null || reply.speaker().equals(action.sentence.speaker())) {
			return true;
		}
		boolean byOwner = action.owner.person() != null && reply.speaker().isSamePersonAs(action.owner.person());
		if (!byOwner && !accepts(reply)) {
			// "Jag kan ringa henne." — "Nej, det är bättre att det kommer från mig."
			return !(refuses(reply) && OFFER.matcher(action.sentence.lower()).find());
		}
		int end = Math.min(reply.position() + REPLY_SENTENCES, this.conversation.turnEnd(reply));
		for (int position = reply.position(); position < end; position++) {
			Sentence answer = this.conversation.get(position);
			Optional<Cue> cue = cue(answer);
			boolean same = byOwner
					? (position == reply.position() && accepts(answer))
							|| cue.filter(c -> c.kind() == Kind.SELF).isPresent()
					: cue.filter(c -> c.kind() == Kind.ADDRESSED
							&& (c.named() == null || c.named().isSamePersonAs(action.owner.person())))
						.isPresent();
			if (same) {
				consumed[position] = true;
				action.redate(DueDates.in(answer.lower(), this.meetingStart).orElse(null), true);
			}
			else if (cue.isPresent()) {
				return true;
			}
			else {
				action.redate(DueDates.in(answer.lower(), this.meetingStart).orElse(null), false);
			}
		}
		return true;
	}

	/** The speaker going on about the task just taken on, in the next sentence. */
	private static boolean continues(Pending previous, Pending action) {
		return previous.sentence.turn() == action.sentence.turn() && previous.last + 1 == action.sentence.position()
				&& previous.cue.kind() == action.cue.kind()
				&& samePerson(previous.owner.person(), action.owner.person())
				&& !ANOTHER_TASK.matcher(action.sentence.lower()).find();
	}

	/** Said again later, often in a closing summary. */
	private static boolean repeats(Pending earlier, Pending action) {
		return samePerson(earlier.owner.person(), action.owner.person())
				&& DecisionCues.overlap(earlier.sentence.content(), action.sentence.content()) >= REPETITION;
	}

	private static boolean samePerson(@Nullable Person one, @Nullable Person other) {
		return one != null && other != null && one.isSamePersonAs(other);
	}

	/**
	 * @param person {@code null} when nobody could be named
	 * @param inferred whether the owner was inferred rather than said
	 */
	private record Owner(@Nullable Person person, boolean inferred) {

	}

	/** An action being put together from its cue and the conversation after it. */
	private static final class Pending {

		private final Sentence sentence;

		private final Cue cue;

		private final Owner owner;

		private @Nullable Due due;

		private int last;

		Pending(Sentence sentence, Cue cue, Owner owner, @Nullable Due due) {
			this.sentence = sentence;
			this.cue = cue;
			this.owner = owner;
			this.due = due;
			this.last = sentence.position();
		}

		/**
		 * @param replaces whether {@code later} replaces a date already set: it does when
		 * it answers for the action itself ("Sure, I'll send it tomorrow"), not when it
		 * only comes with a yes
		 */
		void redate(@Nullable Due later, boolean replaces) {
			if (later != null && (this.due == null || (replaces && later.date() != null))) {
				this.due = later;
			}
		}

		void absorb(Pending next) {
			redate(next.due, false);
			this.last = next.sentence.position();
		}

		ActionDraft draft() {
			boolean dueInferred = this.due != null && this.due.inferred();
			LocalDate date = (this.due != null) ? this.due.date() : null;
			double confidence = this.cue.confidence() + ((date != null && !dueInferred) ? 0.1 : 0)
					- (this.owner.inferred() ? 0.15 : 0);
			return new ActionDraft(Phrases.clean(this.sentence.text(), ActionItem.MAX_TEXT_LENGTH), this.owner.person(),
					date, this.sentence.span(), confidence(confidence),
					this.owner.inferred() || this.owner.person() == null || dueInferred);
		}

		private static Confidence confidence(double value) {
			return new Confidence(Math.round(Math.max(0.05, Math.min(0.95, value)) * 100) / 100.0);
		}

	}

}
