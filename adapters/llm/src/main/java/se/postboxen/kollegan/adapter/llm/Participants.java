package se.postboxen.kollegan.adapter.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * The people of a meeting, for telling the model who was there and for reading back who
 * it named: the organiser and participants of the invitation, then every speaker it did
 * not list. A name the model gives resolves to one of them by full name, first name or
 * surname, provided only one person goes by it; the address is always the one the meeting
 * gave, never one the model wrote.
 */
final class Participants {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

	/** A platform's label adds the organisation: "Erik Berg (Kommun A)". */
	private static final Pattern BRACKETED = Pattern.compile("\\s*[(\\[].*$");

	private final List<Person> people;

	private final Map<String, List<Person>> byName = new LinkedHashMap<>();

	private Participants(List<Person> people) {
		this.people = List.copyOf(people);
		for (Person person : people) {
			for (String name : namesOf(person)) {
				List<Person> named = this.byName.computeIfAbsent(key(name), unused -> new ArrayList<>());
				if (named.stream().noneMatch(person::isSamePersonAs)) {
					named.add(person);
				}
			}
		}
	}

	static Participants of(Meeting meeting, Transcript transcript) {
		List<Person> people = new ArrayList<>();
		if (meeting.organizer() != null) {
			people.add(meeting.organizer());
		}
		meeting.participants().stream().filter(p -> people.stream().noneMatch(p::isSamePersonAs)).forEach(people::add);
		Participants invited = new Participants(people);
		for (String speaker : transcript.speakers()) {
			if (!Utterance.UNKNOWN_SPEAKER.equals(speaker) && invited.named(speaker) == null
					&& people.stream().noneMatch(person -> displayName(speaker).equalsIgnoreCase(person.name()))) {
				people.add(new Person(displayName(speaker), null));
			}
		}
		return (people.size() == invited.people.size()) ? invited : new Participants(people);
	}

	/**
	 * Everyone's name as the model is told it: addresses stay here, and someone the
	 * invitation knew by address only goes by the name in it.
	 */
	List<String> names() {
		return this.people.stream()
			.map(Participants::namesOf)
			.filter(names -> !names.isEmpty())
			.map(names -> names.get(0))
			.toList();
	}

	/** Who said an utterance: the participant it names, else the label as a name. */
	@Nullable Person speaker(Utterance utterance) {
		if (Utterance.UNKNOWN_SPEAKER.equals(utterance.speaker())) {
			return null;
		}
		if (utterance.speakerEmail() != null) {
			Person byAddress = withAddress(utterance.speakerEmail());
			return (byAddress != null) ? byAddress
					: new Person(displayName(utterance.speaker()), utterance.speakerEmail());
		}
		Person named = named(utterance.speaker());
		return (named != null) ? named : new Person(displayName(utterance.speaker()), null);
	}

	/**
	 * The one participant {@code name} means (a name, or an address the meeting knows),
	 * or {@code null} when it means nobody or more than one.
	 */
	@Nullable Person named(String name) {
		if (EmailAddress.isValid(name)) {
			return withAddress(EmailAddress.of(name));
		}
		List<Person> named = this.byName.get(key(displayName(name)));
		if (named == null && name.contains(",")) {
			// Directories write "Lind, Anna".
			String[] parts = name.split(",", 2);
			named = this.byName.get(key(parts[1] + " " + parts[0]));
		}
		return (named != null && named.size() == 1) ? named.get(0) : null;
	}

	private @Nullable Person withAddress(EmailAddress email) {
		return this.people.stream().filter(person -> email.equals(person.email())).findFirst().orElse(null);
	}

	/** The full name, the first name, and the surname when the name has several parts. */
	private static List<String> namesOf(Person person) {
		String full = (person.name() != null) ? displayName(person.name()) : nameFromAddress(person.email());
		if (full == null) {
			return List.of();
		}
		String[] words = full.strip().split("\\s+");
		return (words.length < 2) ? List.of(full) : List.of(full, words[0], words[words.length - 1]);
	}

	/** "anna-karin.sjogren@…" is Anna-Karin Sjogren when the invitation gave no name. */
	private static @Nullable String nameFromAddress(@Nullable EmailAddress email) {
		if (email == null) {
			return null;
		}
		String local = email.value().substring(0, email.value().indexOf('@'));
		String name = String.join(" ", local.split("[._]+")).strip();
		return name.isEmpty() ? null : name;
	}

	private static String displayName(String label) {
		String name = BRACKETED.matcher(label).replaceFirst("").strip();
		return name.isEmpty() ? label.strip() : name;
	}

	private static String key(String name) {
		return SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
	}

}
