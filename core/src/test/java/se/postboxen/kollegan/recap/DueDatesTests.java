package se.postboxen.kollegan.recap;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.postboxen.kollegan.recap.DueDates.Due;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due dates read from a fixed meeting day, Wednesday 2 December 2026 at 10:00 in
 * Stockholm, unless a test says otherwise.
 */
class DueDatesTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final ZonedDateTime WEDNESDAY = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, STOCKHOLM);

	private static Due due(String sentence, ZonedDateTime meetingStart) {
		return DueDates.in(Phrases.lower(sentence), meetingStart).orElseThrow();
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Jag skickar det till fredag.                  | 2026-12-04
			Jag gör det på fredag.                        | 2026-12-04
			Jag skickar det senast 15 december.           | 2026-12-15
			Jag har det klart den 15:e december.          | 2026-12-15
			Jag skickar det den 3/12.                     | 2026-12-03
			Vi levererar senast den 14:e.                 | 2026-12-14
			Jag återkommer om två veckor.                 | 2026-12-16
			Jag ringer om tre dagar.                      | 2026-12-05
			Jag skickar protokollet i morgon.             | 2026-12-03
			Jag skickar det i övermorgon.                 | 2026-12-04
			Jag mejlar dem i dag.                         | 2026-12-02
			Jag gör den före klockan tolv.                | 2026-12-02
			Jag publicerar den inom en timme.             | 2026-12-02
			Jag har den klar fredag nästa vecka.          | 2026-12-11
			Jag har den klar i slutet av nästa vecka.     | 2026-12-11
			Jag skickar den i slutet av månaden.          | 2026-12-31
			Jag gör det på måndag.                        | 2026-12-07
			I'll send it by Friday.                       | 2026-12-04
			I'll have it ready by the end of next week.   | 2026-12-11
			I'll send it over tomorrow.                   | 2026-12-03
			I'll deliver by December 15.                  | 2026-12-15
			I'll deliver by the 15th of December.         | 2026-12-15
			I can send our part in two weeks.             | 2026-12-16
			I'll call him on Monday.                      | 2026-12-07
			I'll share it after the call.                 | 2026-12-02
			The draft is due 2026-12-20.                  | 2026-12-20
			I will send it by the end of the month.       | 2026-12-31
			""")
	void datesSaidOutrightAreNotFlagged(String sentence, LocalDate expected) {
		assertThat(due(sentence, WEDNESDAY)).isEqualTo(new Due(expected, false));
	}

	@ParameterizedTest(name = "\"{0}\" is {1}, to be confirmed")
	@CsvSource(delimiter = '|', textBlock = """
			Jag tar fram en kostnadsuppskattning till nästa vecka.   | 2026-12-11
			Jag skickar det nästa fredag.                            | 2026-12-11
			I'll circulate a doodle this week.                       | 2026-12-04
			I'll come back to you next week.                         | 2026-12-11
			Jag har siffrorna klara vecka 51.                        | 2026-12-18
			I'll send it in a couple of weeks.                       | 2026-12-16
			""")
	void datesInferredFromLooseWordsAreFlagged(String sentence, LocalDate expected) {
		assertThat(due(sentence, WEDNESDAY)).isEqualTo(new Due(expected, true));
	}

	@ParameterizedTest(name = "\"{0}\" names no day")
	@CsvSource(delimiter = '|', textBlock = """
			Jag ordnar det innan jul.
			Jag tar upp det till nästa möte.
			I'll get it done before Christmas.
			I'll sort it out as soon as possible.
			Jag återkommer med en tidplan till kommunstyrelsens nästa sammanträde.
			Vi ses om några veckor.
			Jag kan presentera den i februari.
			""")
	void vagueDeadlinesGiveNoDateButAFlag(String sentence) {
		assertThat(due(sentence, WEDNESDAY)).isEqualTo(new Due(null, true));
	}

	@Test
	void aSentenceWithoutADateHasNone() {
		assertThat(DueDates.in(Phrases.lower("Jag tar fram ett underlag."), WEDNESDAY)).isEmpty();
	}

	@Test
	void aWeekdayNamedOnThatWeekdayIsNextWeeks() {
		ZonedDateTime friday = ZonedDateTime.of(2026, 9, 25, 14, 0, 0, 0, STOCKHOLM);

		assertThat(due("Kan vi säga att den är klar till fredag?", friday).date()).isEqualTo("2026-10-02");
		assertThat(due("Jag publicerar den igen på måndag.", friday).date()).isEqualTo("2026-09-28");
	}

	@Test
	void aDayAndMonthAlreadyPastIsNextYearsAcrossTheYearBoundary() {
		ZonedDateTime december = ZonedDateTime.of(2026, 12, 17, 13, 15, 0, 0, STOCKHOLM);

		assertThat(due("Det blir efter nyår, senast den 8 januari.", december))
			.isEqualTo(new Due(LocalDate.of(2027, 1, 8), false));
		assertThat(due("Kan du ha siffrorna klara vecka 2?", december).date()).isEqualTo("2027-01-15");
		assertThat(due("I will deliver by 15 February.", december).date()).isEqualTo("2027-02-15");
	}

	@Test
	void aDateJustPastIsAMentionNotADueDate() {
		assertThat(DueDates.in(Phrases.lower("Jag skickade den 30 november."), WEDNESDAY)).isEmpty();
	}

	@Test
	void relativeDaysCountFromTheMeetingDayInItsOwnZone() {
		// 23:30 UTC on New Year's Eve is already 1 January in Stockholm.
		ZonedDateTime lateUtc = ZonedDateTime.of(2026, 12, 31, 23, 30, 0, 0, ZoneId.of("UTC"));

		assertThat(due("Jag skickar det i morgon.", lateUtc.withZoneSameInstant(STOCKHOLM)).date())
			.isEqualTo("2027-01-02");
		assertThat(due("Jag skickar det i morgon.", lateUtc).date()).isEqualTo("2027-01-01");
		assertThat(due("I'll reply within 48 hours.", lateUtc.withZoneSameInstant(STOCKHOLM)).date())
			.isEqualTo("2027-01-03");
	}

	@Test
	void aDeadlineSaidAsOneOutweighsADateMentionedBesideIt() {
		assertThat(due("Jag har inget datum i dag, men jag återkommer senast fredag.", WEDNESDAY).date())
			.isEqualTo("2026-12-04");
		assertThat(due("Det blir efter nyår, senast den 8 januari.", WEDNESDAY).date()).isEqualTo("2027-01-08");
	}

	@Test
	void ofTwoEqualDatesTheLastSaidWins() {
		assertThat(due("Jag gör det på fredag, senast måndag.", WEDNESDAY).date()).isEqualTo("2026-12-07");
	}

	@Test
	void swedishNumberWordsAndMonthNamesInBothLanguagesAreRead() {
		assertThat(due("Jag återkommer om fem veckor.", WEDNESDAY).date()).isEqualTo("2027-01-06");
		assertThat(due("Jag har det klart om ett par dagar.", WEDNESDAY))
			.isEqualTo(new Due(LocalDate.of(2026, 12, 4), true));
		assertThat(due("Rapporten ska in senast 1 mars.", WEDNESDAY).date()).isEqualTo("2027-03-01");
		assertThat(due("The report is due by March 1st.", WEDNESDAY).date()).isEqualTo("2027-03-01");
		assertThat(due("Vi ses den 20 feb.", WEDNESDAY).date()).isEqualTo("2027-02-20");
	}

	@Test
	void aDateThatDoesNotExistIsNoDate() {
		assertThat(DueDates.in(Phrases.lower("Jag skickar det den 31/2."), WEDNESDAY)).isEmpty();
	}

}
