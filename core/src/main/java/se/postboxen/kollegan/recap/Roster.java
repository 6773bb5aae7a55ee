package se.postboxen.kollegan.recap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * Who was in the meeting, and the names they go by: the organiser and participants from
 * the invitation, and any speaker the invitation did not list. Speakers and names said in
 * a sentence ("Anna-Karin, kan du …", "Erik fixar det") resolve to these people, so an
 * action's owner carries the address the invitation gave.
 */
final class Roster {

	private static final Set<String> PARTICLES = Set.of("af", "von", "van", "de", "der", "den", "la", "da", "di", "du",
			"al", "bin", "ibn");

	// A surname this short is as often a word ("Ek", "Holm" at a sentence's start).
	private static final int MIN_SURNAME_LENGTH = 4;

	private static final Pattern BRACKETED = Pattern.compile("\\s*[(\\[|].*$");

	/** A word as names are written: "Anna-Karin", "O'Brien", "Hodžić". */
	private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*");

	private final List<Person> people;

	/** Every way a person may be named, lower case with hyphens as spaces. */
	private final Map<String, List<Person>> byName;

	private final Map<String, @Nullable Person> speakers = new HashMap<>();

	/** The most words any name has, hyphenated parts counted apart. */
	private final int longestName;

	private Roster(List<Person> people) {
		this.people = List.copyOf(people);
		Map<String, List<Person>> byName = new LinkedHashMap<>();
		for (Person person : people) {
			for (String name : namesOf(person)) {
				List<Person> named = byName.computeIfAbsent(key(name), unused -> new ArrayList<>());
				if (!named.contains(person)) {
					named.add(person);
				}
			}
		}
		this.byName = byName;
		this.longestName = byName.keySet().stream().mapToInt(name -> name.split(" ").length).max().orElse(0);
	}

	static Roster of(Meeting meeting, Transcript transcript) {
		List<Person> invited = new ArrayList<>();
		if (meeting.organizer() != null) {
			invited.add(meeting.organizer());
		}
		for (Person participant : meeting.participants()) {
			if (invited.stream().noneMatch(participant::isSamePersonAs)) {
				invited.add(participant);
			}
		}
		Roster roster = new Roster(invited);
		List<Person> everyone = new ArrayList<>(invited);
		for (Utterance utterance : transcript.utterances()) {
			if (!Utterance.UNKNOWN_SPEAKER.equals(utterance.speaker())
					&& roster.invited(utterance.speaker(), utterance.speakerEmail()) == null
					&& everyone.stream().noneMatch(person -> utterance.speaker().equalsIgnoreCase(person.name()))) {
				everyone.add(new Person(displayName(utterance.speaker()), utterance.speakerEmail()));
			}
		}
		return (everyone.size() == invited.size()) ? roster : new Roster(everyone);
	}

	/** The person behind a speaker label; {@code null} for speech nobody is named for. */
	@Nullable Person speaker(String label, @Nullable EmailAddress email) {
		if (Utterance.UNKNOWN_SPEAKER.equals(label)) {
			return null;
		}
		String cacheKey = label + '\u0000' + email;
		if (this.speakers.containsKey(cacheKey)) {
			return this.speakers.get(cacheKey);
		}
		Person person = invited(label, email);
		if (person == null) {
			person = new Person(displayName(label), email);
		}
		this.speakers.put(cacheKey, person);
		return person;
	}

	/**
	 * People named in {@code text}, in the order they are named. A name is read as
	 * written in a transcript: whole words ("Eriks" is not Erik), each capitalised except
	 * particles such as "af" (so "per" the preposition is not Per), a space or hyphen
	 * between parts ("Anna Karin" is Anna-Karin). Names are looked up word by word, so
	 * the cost is the text's length, whatever the number of participants.
	 */
	List<Mention> mentions(String text) {
		List<Mention> found = new ArrayList<>();
		if (this.longestName == 0) {
			return found;
		}
		List<int[]> words = new ArrayList<>();
		Matcher word = NAME_WORD.matcher(text);
		while (word.find()) {
			words.add(new int[] { word.start(), word.end() });
		}
		int i = 0;
		while (i < words.size()) {
			Mention longest = null;
			StringBuilder name = new StringBuilder();
			for (int j = i; j < words.size() && (j == i || joined(text, words.get(j - 1), words.get(j))); j++) {
				String part = text.substring(words.get(j)[0], words.get(j)[1]);
				if (!isNamePart(part)) {
					break;
				}
				name.append((j == i) ? "" : " ").append(part);
				List<Person> named = this.byName.get(key(name.toString()));
				if (named != null) {
					longest = new Mention(words.get(i)[0], words.get(j)[1], named);
				}
				if (key(name.toString()).split(" ").length >= this.longestName) {
					break;
				}
			}
			if (longest != null) {
				found.add(longest);
				while (i < words.size() && words.get(i)[0] < longest.end()) {
					i++;
				}
			}
			else {
				i++;
			}
		}
		return found;
	}

	/** Two words of one name stand a single space apart. */
	private static boolean joined(String text, int[] before, int[] after) {
		return after[0] == before[1] + 1 && text.charAt(before[1]) == ' ';
	}

	private static boolean isNamePart(String word) {
		return Character.isUpperCase(word.codePointAt(0)) || PARTICLES.contains(word);
	}

	private @Nullable Person invited(String label, @Nullable EmailAddress email) {
		if (email != null) {
			for (Person person : this.people) {
				if (email.equals(person.email())) {
					return person;
				}
			}
		}
		String name = displayName(label);
		List<Person> named = this.byName.get(key(name));
		if (named == null && name.contains(",")) {
			// Directories write "Lind, Anna".
			String[] parts = name.split(",", 2);
			named = this.byName.get(key(parts[1].strip() + " " + parts[0].strip()));
		}
		return (named != null && named.size() == 1) ? named.get(0) : null;
	}

	/** A platform's label without the organisation it adds: "Erik Berg (Kommun A)". */
	private static String displayName(String label) {
		String name = BRACKETED.matcher(label).replaceFirst("").strip();
		return name.isEmpty() ? label.strip() : name;
	}

	private static List<String> namesOf(Person person) {
		String full = (person.name() != null) ? displayName(person.name()) : nameFromAddress(person.email());
		if (full == null) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		names.add(full);
		String[] words = full.split("\\s+");
		if (words.length >= 2) {
			names.add(words[0]);
			if (words.length >= 3 && !PARTICLES.contains(words[1])) {
				// "Per Olof Svensson" is called "Per Olof".
				names.add(words[0] + " " + words[1]);
			}
			String surname = words[words.length - 1];
			if (surname.length() >= MIN_SURNAME_LENGTH) {
				names.add(surname);
			}
		}
		return names;
	}

	/**
	 * "anna-karin.sjogren@…" names "Anna-Karin Sjogren" when the invitation gave no name.
	 */
	private static @Nullable String nameFromAddress(@Nullable EmailAddress email) {
		if (email == null) {
			return null;
		}
		String local = email.value().substring(0, email.value().indexOf('@'));
		StringBuilder name = new StringBuilder();
		for (String part : local.split("[._]+")) {
			if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
				if (!name.isEmpty()) {
					name.append(' ');
				}
				name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
			}
		}
		return name.isEmpty() ? null : name.toString();
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replace('-', ' ').replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
	}

	/**
	 * A name said in a sentence and everyone it may mean (two Annas in one meeting make
	 * "Anna" ambiguous).
	 */
	record Mention(int start, int end, List<Person> candidates) {

		/** The one person meant, not counting {@code speaker} — nobody names themself. */
		@Nullable Person person(@Nullable Person speaker) {
			List<Person> others = this.candidates.stream()
				.filter(candidate -> speaker == null || !candidate.isSamePersonAs(speaker))
				.toList();
			return (others.size() == 1) ? others.get(0) : null;
		}

	}

}
