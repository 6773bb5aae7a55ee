package se.postboxen.kollegan.recap;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Due dates as people say them, Swedish and English, resolved against the day the meeting
 * was held in its own time zone ("i morgon" at 00:30 in Stockholm is the day after,
 * whatever UTC says).
 * <p>
 * Conventions, so that the same words always give the same date:
 * <ul>
 * <li>a weekday ("till fredag", "by Friday") is its next occurrence after the meeting
 * day, a week on if the meeting is on that weekday;</li>
 * <li>"nästa vecka"/"next week" is Friday of next week, and "nästa fredag"/"next Friday"
 * Friday of next week — both flagged as inferred, since people mean different days by
 * them; "fredag nästa vecka" and "end of next week" are said outright;</li>
 * <li>"vecka 50" is Friday of ISO week 50, flagged;</li>
 * <li>a day and month without a year is the next such date: "8 januari" said in December
 * is next year's; one that passed less than two months ago is taken as a mention of the
 * past, not a due date;</li>
 * <li>"3/12" is the 3rd of December, as in Swedish and British usage;</li>
 * <li>vague deadlines ("innan jul", "before the summer", "snarast", "next month") give no
 * date but are flagged, so that someone sets one.</li>
 * </ul>
 */
final class DueDates {

	private static final String WEEKDAY = "(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|"
			+ "wednesday|thursday|friday|saturday|sunday)(?:en)?";

	/** No "jul": in Swedish it is Christmas far more often than July. */
	private static final String MONTH = "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
			+ "november|december|january|february|march|may|june|july|august|october|jan|feb|mar|apr|jun|aug|"
			+ "sept|sep|okt|oct|nov|dec)";

	private static final String NUMBER = "(\\d{1,3}|en|ett|ett par|några|one|a|an|a couple of|couple of|a few|två|"
			+ "tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|two|three|four|five|six|seven|eight|nine|ten|eleven|"
			+ "twelve)";

	private static final String UNIT = "(dagar|dag|veckor|vecka|månader|månad|timmar|timme|days|day|weeks|week|"
			+ "months|month|hours|hour)";

	private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(Map.entry("måndag", DayOfWeek.MONDAY),
			Map.entry("tisdag", DayOfWeek.TUESDAY), Map.entry("onsdag", DayOfWeek.WEDNESDAY),
			Map.entry("torsdag", DayOfWeek.THURSDAY), Map.entry("fredag", DayOfWeek.FRIDAY),
			Map.entry("lördag", DayOfWeek.SATURDAY), Map.entry("söndag", DayOfWeek.SUNDAY),
			Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
			Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
			Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
			Map.entry("sunday", DayOfWeek.SUNDAY));

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("january", 1),
			Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2),
			Map.entry("mars", 3), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4),
			Map.entry("apr", 4), Map.entry("maj", 5), Map.entry("may", 5), Map.entry("juni", 6), Map.entry("june", 6),
			Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("july", 7), Map.entry("augusti", 8),
			Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9),
			Map.entry("sep", 9), Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10),
			Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
			Map.entry("dec", 12));

	/** Counts in words; "ett par"/"a couple of" are two, but only roughly. */
	private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("en", 1), Map.entry("ett", 1),
			Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("två", 2), Map.entry("two", 2),
			Map.entry("ett par", 2), Map.entry("a couple of", 2), Map.entry("couple of", 2), Map.entry("tre", 3),
			Map.entry("three", 3), Map.entry("fyra", 4), Map.entry("four", 4), Map.entry("fem", 5),
			Map.entry("five", 5), Map.entry("sex", 6), Map.entry("six", 6), Map.entry("sju", 7), Map.entry("seven", 7),
			Map.entry("åtta", 8), Map.entry("eight", 8), Map.entry("nio", 9), Map.entry("nine", 9),
			Map.entry("tio", 10), Map.entry("ten", 10), Map.entry("elva", 11), Map.entry("eleven", 11),
			Map.entry("tolv", 12), Map.entry("twelve", 12));

	/** A date mentioned this long before the meeting is last year's, not next year's. */
	private static final int PAST_MENTION_DAYS = 60;

	private static final int EXACT = 3;

	private static final int RELATIVE = 2;

	private static final int VAGUE = 1;

	/** Outweighs any rank: a deadline said as one beats a more specific mention. */
	private static final int DEADLINE_WEIGHT = 10;

	private static final Pattern DEADLINE_START = Phrases.compile("^(?:till|senast|innan|före|by|before|until|due)\\b");

	private static final Pattern DEADLINE_BEFORE = Phrases
		.compile("\\b(?:till|senast|innan|före|på|by|before|until|due|on)\\s+(?:den\\s+|the\\s+)?$");

	/** Most specific first: a longer phrase claims its words before a shorter one can. */
	private static final List<Rule> RULES = List.of(
			new Rule("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b", EXACT,
					(m, day, start) -> exact(date(number(m.group(1)), number(m.group(2)), number(m.group(3)), day))),
			new Rule("\\b(\\d{1,2})(?::?(?:e|a|st|nd|rd|th))?(?:\\s+of)?\\s+" + MONTH + "\\b\\.?(?:\\s+(\\d{4})\\b)?",
					EXACT,
					(m, day, start) -> exact(dayAndMonth(number(m.group(1)), month(m.group(2)), m.group(3), day))),
			new Rule("\\b" + MONTH + "\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?", EXACT,
					(m, day, start) -> exact(dayAndMonth(number(m.group(2)), month(m.group(1)), m.group(3), day))),
			new Rule(
					"\\b(?:den|the|on|by|till|senast|före|innan|until|before|due)\\s+(\\d{1,2})/(\\d{1,2})"
							+ "(?:/(\\d{4}))?\\b",
					EXACT,
					(m, day, start) -> exact(dayAndMonth(number(m.group(1)), number(m.group(2)), m.group(3), day))),
			new Rule("\\b(?:den|the)\\s+(\\d{1,2})(?::e|:a|e|a|st|nd|rd|th)\\b", EXACT,
					(m, day, start) -> exact(dayOfMonth(number(m.group(1)), day))),
			new Rule("\\b" + WEEKDAY + "\\s+(?:i\\s+|på\\s+)?(?:nästa|next)\\s+(?:vecka|week)\\b", RELATIVE,
					(m, day, start) -> exact(weekAfter(day, weekday(m.group(1))))),
			new Rule("\\b(?:nästa\\s+vecka\\s+(?:på\\s+)?|next\\s+week\\s+(?:on\\s+)?)" + WEEKDAY + "\\b", RELATIVE,
					(m, day, start) -> exact(weekAfter(day, weekday(m.group(1))))),
			new Rule("\\b(?:i\\s+)?slutet\\s+av\\s+nästa\\s+vecka\\b|\\bend\\s+of\\s+next\\s+week\\b", RELATIVE,
					(m, day, start) -> exact(weekAfter(day, DayOfWeek.FRIDAY))),
			new Rule("\\b(?:nästa|kommande)\\s+vecka\\b|\\bnext\\s+week\\b", RELATIVE,
					(m, day, start) -> inferred(weekAfter(day, DayOfWeek.FRIDAY))),
			new Rule(
					"\\b(?:i\\s+)?slutet\\s+av\\s+(?:veckan|den\\s+här\\s+veckan|denna\\s+vecka)\\b"
							+ "|\\bend\\s+of\\s+(?:the|this)\\s+week\\b|\\b(?:innan|före)\\s+helgen\\b"
							+ "|\\bbefore\\s+the\\s+weekend\\b|\\beow\\b",
					RELATIVE, (m, day, start) -> exact(thisWeek(day, DayOfWeek.FRIDAY))),
			new Rule("\\b(?:den\\s+här\\s+veckan|denna\\s+vecka|i\\s+veckan|under\\s+veckan|this\\s+week)\\b", RELATIVE,
					(m, day, start) -> inferred(thisWeek(day, DayOfWeek.FRIDAY))),
			new Rule("\\b(?:om|inom|in|within)\\s+" + NUMBER + "\\s+" + UNIT + "\\b", RELATIVE,
					(m, day, start) -> after(m.group(1), m.group(2), start)),
			new Rule("\\bi\\s*övermorgon\\b|\\bthe\\s+day\\s+after\\s+tomorrow\\b", RELATIVE,
					(m, day, start) -> exact(day.plusDays(2))),
			new Rule("\\bi\\s*morgon\\b|\\btomorrow\\b", RELATIVE, (m, day, start) -> exact(day.plusDays(1))),
			new Rule("\\bi\\s*dag\\b|\\bi\\s*kväll\\b|\\bi\\s*(?:efter|för)middag\\b|\\befter\\s+(?:mötet|samtalet)\\b"
					+ "|\\b(?:före|innan|senast|till)\\s+(?:lunch|klockan\\s+\\p{L}+|kl\\.?\\s*\\d{1,2})\\b|\\btoday\\b"
					+ "|\\btonight\\b|\\bthis\\s+afternoon\\b|\\bafter\\s+the\\s+(?:meeting|call)\\b"
					+ "|\\b(?:before|by)\\s+(?:noon|lunch|\\d{1,2}\\s*(?:am|pm|o'clock))\\b"
					+ "|\\bend\\s+of\\s+(?:the\\s+)?day\\b|\\beod\\b|\\bcob\\b", RELATIVE,
					(m, day, start) -> exact(day)),
			new Rule(
					"\\b(?:i\\s+)?slutet\\s+av\\s+(?:månaden|den\\s+här\\s+månaden)\\b"
							+ "|\\bend\\s+of\\s+(?:the|this)\\s+month\\b|\\bmånadsskiftet\\b|\\bmonth[- ]end\\b",
					RELATIVE, (m, day, start) -> exact(day.with(TemporalAdjusters.lastDayOfMonth()))),
			new Rule("\\b(?:i\\s+)?slutet\\s+av\\s+" + MONTH + "\\b|\\bend\\s+of\\s+" + MONTH + "\\b", RELATIVE,
					(m, day, start) -> exact(endOf(month((m.group(1) != null) ? m.group(1) : m.group(2)), day))),
			new Rule("\\b(?:innan|före|before)\\s+" + MONTH + "\\b", RELATIVE,
					(m, day, start) -> inferred(endOf(month(m.group(1)), day).withDayOfMonth(1).minusDays(1))),
			new Rule("\\b(?:vecka|v\\.?|week)\\s*(\\d{1,2})\\b", RELATIVE,
					(m, day, start) -> inferred(fridayOfWeek(number(m.group(1)), day))),
			new Rule("\\b(?:nästa|next)\\s+" + WEEKDAY + "\\b", RELATIVE,
					(m, day, start) -> inferred(weekAfter(day, weekday(m.group(1))))),
			new Rule("\\b" + WEEKDAY + "\\b", RELATIVE,
					(m, day, start) -> exact(nextOccurrence(day, weekday(m.group(1))))),
			new Rule("\\b(?:innan|före|till|efter)\\s+(?:jul|nyår|sommaren|sommar|semestern|påsk|hösten|våren)\\b"
					+ "|\\bi\\s+(?:höst|vår|sommar)\\b|\\b(?:before|by|after)\\s+(?:christmas|easter|the\\s+summer"
					+ "|the\\s+holidays|new\\s+year)\\b|\\bthis\\s+(?:autumn|fall|spring|summer)\\b"
					+ "|\\b(?:nästa|next)\\s+(?:månad|month)\\b|\\bsnarast\\b|\\bså\\s+snart\\s+som\\s+möjligt\\b"
					+ "|\\basap\\b|\\bas\\s+soon\\s+as\\s+possible\\b|\\binom\\s+kort\\b"
					+ "|\\btill\\s+(?:\\p{L}+\\s+)?nästa\\s+(?:möte|gång|avstämning|sammanträde|beredning)\\b"
					+ "|\\bbefore\\s+the\\s+next\\s+(?:meeting|planning|call)\\b|\\b(?:i|in|under|during|by|till|until)\\s+"
					+ MONTH + "\\b", VAGUE, (m, day, start) -> Optional.of(new Due(null, true))));

	private DueDates() {
	}

	/**
	 * The due date in a sentence: one introduced as a deadline ("till", "senast", "by")
	 * over one that is not ("Jag har inget datum i dag, men återkommer till nästa möte"),
	 * then the most specific (a date over a weekday over "innan jul"), then the last said
	 * ("på fredag, senast måndag").
	 * @param lower the sentence in lower case
	 * @param meetingStart the meeting's start in its own time zone
	 */
	static Optional<Due> in(String lower, ZonedDateTime meetingStart) {
		LocalDate day = meetingStart.toLocalDate();
		List<int[]> claimed = new ArrayList<>();
		Due best = null;
		int bestWeight = 0;
		int bestStart = -1;
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(lower);
			while (matcher.find()) {
				int start = matcher.start();
				int end = matcher.end();
				if (claimed.stream().anyMatch(span -> start < span[1] && end > span[0])) {
					continue;
				}
				claimed.add(new int[] { start, end });
				Optional<Due> due = resolve(rule, matcher, day, meetingStart);
				int weight = rule.rank() + (isDeadline(lower, matcher) ? DEADLINE_WEIGHT : 0);
				if (due.isPresent() && (weight > bestWeight || (weight == bestWeight && start > bestStart))) {
					best = due.get();
					bestWeight = weight;
					bestStart = start;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	private static boolean isDeadline(String lower, Matcher date) {
		return DEADLINE_START.matcher(date.group()).find()
				|| DEADLINE_BEFORE.matcher(lower.substring(Math.max(0, date.start() - 16), date.start())).find();
	}

	private static Optional<Due> resolve(Rule rule, Matcher matcher, LocalDate day, ZonedDateTime meetingStart) {
		try {
			return rule.resolver().resolve(matcher, day, meetingStart);
		}
		catch (DateTimeException ex) {
			// "den 31/2", "vecka 60": not a date.
			return Optional.empty();
		}
	}

	private static Optional<Due> exact(@Nullable LocalDate date) {
		return (date != null) ? Optional.of(new Due(date, false)) : Optional.empty();
	}

	private static Optional<Due> inferred(@Nullable LocalDate date) {
		return (date != null) ? Optional.of(new Due(date, true)) : Optional.empty();
	}

	/** "om två veckor", "within 48 hours" (hours count from the meeting's start). */
	private static Optional<Due> after(String number, String unit, ZonedDateTime start) {
		if (number.equals("några") || number.equals("a few")) {
			return Optional.of(new Due(null, true));
		}
		ChronoUnit chronoUnit = unit(unit);
		LocalDate date = (chronoUnit == ChronoUnit.HOURS) ? start.plusHours(count(number)).toLocalDate()
				: start.toLocalDate().plus(count(number), chronoUnit);
		boolean rough = number.contains("par") || number.contains("couple");
		return rough ? inferred(date) : exact(date);
	}

	private static long count(String number) {
		Integer word = NUMBERS.get(number);
		return (word != null) ? word : Long.parseLong(number);
	}

	private static ChronoUnit unit(String unit) {
		if (unit.startsWith("dag") || unit.startsWith("day")) {
			return ChronoUnit.DAYS;
		}
		if (unit.startsWith("veck") || unit.startsWith("week")) {
			return ChronoUnit.WEEKS;
		}
		if (unit.startsWith("tim") || unit.startsWith("hour")) {
			return ChronoUnit.HOURS;
		}
		return ChronoUnit.MONTHS;
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

	private static int month(String name) {
		return MONTHS.get(name);
	}

	private static DayOfWeek weekday(String name) {
		return WEEKDAYS.get(name);
	}

	private static @Nullable LocalDate date(int year, int month, int dayOfMonth, LocalDate day) {
		LocalDate date = LocalDate.of(year, month, dayOfMonth);
		return date.isBefore(day) ? null : date;
	}

	/**
	 * Next year's when it has passed, unless it passed so lately it is a mention of it.
	 */
	private static @Nullable LocalDate dayAndMonth(int dayOfMonth, int month, @Nullable String year, LocalDate day) {
		if (year != null) {
			return date(number(year), month, dayOfMonth, day);
		}
		LocalDate date = LocalDate.of(day.getYear(), month, dayOfMonth);
		if (!date.isBefore(day)) {
			return date;
		}
		return date.isBefore(day.minusDays(PAST_MENTION_DAYS)) ? date.plusYears(1) : null;
	}

	/** "den 14:e": this month's if still to come, else next month's. */
	private static LocalDate dayOfMonth(int dayOfMonth, LocalDate day) {
		LocalDate month = day.withDayOfMonth(1);
		for (int ahead = 0; ahead < 3; ahead++) {
			LocalDate candidate = month.plusMonths(ahead);
			if (dayOfMonth <= candidate.lengthOfMonth() && !candidate.withDayOfMonth(dayOfMonth).isBefore(day)) {
				return candidate.withDayOfMonth(dayOfMonth);
			}
		}
		throw new DateTimeException("no such day of month");
	}

	private static LocalDate nextOccurrence(LocalDate day, DayOfWeek weekday) {
		return day.with(TemporalAdjusters.next(weekday));
	}

	private static LocalDate weekAfter(LocalDate day, DayOfWeek weekday) {
		return day.plusWeeks(1).with(weekday);
	}

	/** This week's, or next week's if the meeting is later in the week. */
	private static LocalDate thisWeek(LocalDate day, DayOfWeek weekday) {
		LocalDate date = day.with(weekday);
		return date.isBefore(day) ? date.plusWeeks(1) : date;
	}

	private static LocalDate endOf(int month, LocalDate day) {
		LocalDate end = LocalDate.of(day.getYear(), month, 1).with(TemporalAdjusters.lastDayOfMonth());
		return end.isBefore(day) ? end.plusYears(1).with(TemporalAdjusters.lastDayOfMonth()) : end;
	}

	private static LocalDate fridayOfWeek(int week, LocalDate day) {
		LocalDate date = day.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.FRIDAY);
		if (date.isBefore(day)) {
			// "vecka 2" said in December: next year's. The 4th of January is always in
			// week 1.
			date = LocalDate.of(day.get(IsoFields.WEEK_BASED_YEAR) + 1, 1, 4)
				.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
				.with(DayOfWeek.FRIDAY);
		}
		return date;
	}

	/**
	 * A due date, or only the sign that one was meant.
	 *
	 * @param date {@code null} when the words named no day ("innan jul")
	 * @param inferred whether the day was inferred rather than said outright
	 */
	record Due(@Nullable LocalDate date, boolean inferred) {

	}

	@FunctionalInterface
	private interface Resolver {

		Optional<Due> resolve(Matcher matcher, LocalDate day, ZonedDateTime start);

	}

	private record Rule(Pattern pattern, int rank, Resolver resolver) {

		Rule(String regex, int rank, Resolver resolver) {
			this(Phrases.compile(regex), rank, resolver);
		}

	}

}
