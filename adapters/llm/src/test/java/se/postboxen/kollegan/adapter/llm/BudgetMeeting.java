package se.postboxen.kollegan.adapter.llm;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * A short Swedish meeting as Teams captions it (one speaker's sentence split over two
 * cues), and what a model might say about it.
 */
final class BudgetMeeting {

	static final Person ANNA = Person.of("Anna Lind", "anna.lind@kommun.example");

	static final Person ERIK = Person.of("Erik Berg", "erik.berg@kommun.example");

	static final Person SARA = Person.of("Sara Holm", "sara.holm@kommun.example");

	static final ZonedDateTime START = ZonedDateTime.of(2027, 3, 15, 9, 0, 0, 0, ZoneId.of("Europe/Stockholm"));

	private BudgetMeeting() {
	}

	static Meeting meeting() {
		return Meeting.schedule(TenantId.newId(), "Budget skolskjuts", null,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_budget"), START, START.plusHours(1),
				ANNA, List.of(ERIK, SARA), ExternalIds.NONE, 0, null);
	}

	static Transcript transcript() {
		return new Transcript(List.of(said("Anna Lind", 5, "Välkomna. Idag går vi igenom budgeten för skolskjutsarna."),
				said("Erik Berg", 70, "Jag har räknat på det, och vi ligger ungefär tio procent över."),
				said("Anna Lind", 150, "Då beslutar vi att vi kör på den nya upphandlingen från och med augusti."),
				said("Sara Holm", 195, "Jag tar fram underlaget"), said("Sara Holm", 198, "till nämnden till fredag."),
				said("Erik Berg", 240, "Vem pratar med leverantören? Det vet vi inte än."),
				said("Anna Lind", 280, "Erik, kan du skicka protokollet till Lisa senast den 22 mars?")));
	}

	/**
	 * The findings a good model returns for {@link #transcript()}, and one it made up.
	 */
	static final String FINDINGS = """
			{"language": "sv",
			 "summary": "Budgeten för skolskjutsarna ligger tio procent över. Mötet beslutade om en ny upphandling.",
			 "topics": ["budget", "skolskjuts", "upphandling"],
			 "decisions": [
			   {"text": "Den nya upphandlingen gäller från augusti.",
			    "quote": "Vi kör på den nya upphandlingen", "confidence": "high"}],
			 "actions": [
			   {"text": "Ta fram underlaget till nämnden", "owner": "Sara", "ownerInferred": false,
			    "due": "2027-03-19", "dueInferred": false,
			    "quote": "Jag tar fram underlaget till nämnden till fredag", "confidence": "high"},
			   {"text": "Skicka protokollet till Lisa", "owner": "Erik Berg", "ownerInferred": false,
			    "due": "2027-03-22", "dueInferred": false,
			    "quote": "kan du skicka protokollet till Lisa senast den 22 mars", "confidence": "high"},
			   {"text": "Kontakta leverantören", "owner": "Lisa Ek", "ownerInferred": true,
			    "due": null, "dueInferred": false,
			    "quote": "Vem pratar med leverantören?", "confidence": "low"},
			   {"text": "Boka lokal till nästa möte", "owner": "Anna", "ownerInferred": false,
			    "due": "2027-03-22", "dueInferred": false,
			    "quote": "Anna bokar lokalen till nästa möte", "confidence": "high"}],
			 "openQuestions": ["Vem pratar med leverantören?"]}
			""";

	private static Utterance said(String speaker, int second, String text) {
		return new Utterance(speaker, null, Duration.ofSeconds(second), Duration.ofSeconds(second + 4), text);
	}

}
