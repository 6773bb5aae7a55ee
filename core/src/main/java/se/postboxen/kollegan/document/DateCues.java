package se.postboxen.kollegan.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates and periods, Swedish and English: "den 31 mars 2026", "31 March 2026", "March 31,
 * 2026", "2026-03-31"; "inom trettio (30) dagar", "within 30 days", "tre månaders
 * uppsägningstid", "90 days' written notice". A date is a deadline when "senast", "före",
 * "no later than", "by" and the like stand right before it; a period is always one.
 */
final class DateCues {

	static final int MAX_DATES = 100;

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("january", 1),
			Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2),
			Map.entry("mars", 3), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4),
			Map.entry("apr", 4), Map.entry("maj", 5), Map.entry("may", 5), Map.entry("juni", 6), Map.entry("june", 6),
			Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
			Map.entry("augusti", 8), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
			Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("october", 10),
			Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
			Map.entry("december", 12), Map.entry("dec", 12));

	private static final String MONTH = "(januari|january|jan|februari|february|feb|mars|march|mar|april|apr|maj|may|"
			+ "juni|june|jun|juli|july|jul|augusti|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|"
			+ "december|dec)\\.?";

	/** "31 mars 2026", "1:a juni 2026", "31st of March 2026". */
	private static final Pattern DAY_MONTH_YEAR = compile(
			"\\b(\\d{1,2})(?::[ae]|st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\s*,?\\s+(\\d{4})\\b");

	/** "March 31, 2026". */
	private static final Pattern MONTH_DAY_YEAR = compile(
			"\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})\\b");

	private static final Pattern ISO = compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");

	private static final String COUNT = "(?:\\d{1,3}|\\p{L}+(?:\\s+\\(\\d{1,3}\\))?)";

	/** "inom 30 dagar", "senast tio arbetsdagar", "within thirty (30) days". */
	private static final Pattern WITHIN = compile(
			"\\b(?:inom|senast|within|no\\s+later\\s+than|not\\s+later\\s+than)\\s+" + COUNT
					+ "\\s+(?:arbetsdagar|bankdagar|kalenderdagar|dagar|dag|veckor|vecka|månader|månad|år|"
					+ "business\\s+days|working\\s+days|calendar\\s+days|days|day|weeks|week|months|month|years|year)\\b");

	/** "tre månaders uppsägningstid", "90 days' written notice". */
	private static final Pattern NOTICE = compile(
			"\\b" + COUNT + "\\s+(?:(?:dagars|veckors|månaders|års)\\s+(?:uppsägningstid|uppsägning|varsel)|"
					+ "(?:days|weeks|months)'?\\s+(?:prior\\s+)?(?:written\\s+)?notice)\\b");

	/** Right before a date, these make it a deadline. */
	private static final Pattern DEADLINE_BEFORE = compile(
			"\\b(?:senast|sista\\s+dag(?:en)?(?:\\s+är)?|deadline|före|innan|"
					+ "till\\s+och\\s+med|t\\.o\\.m\\.?|no\\s+later\\s+than|not\\s+later\\s+than|by|before|due(?:\\s+on|\\s+by)?|"
					+ "until)\\s*:?\\s*(?:den\\s+|the\\s+|on\\s+)?$");

	private DateCues() {
	}

	static List<DateMention> in(String document, List<Sentence> sentences) {
		List<DateMention> dates = new ArrayList<>();
		for (Sentence sentence : sentences) {
			List<Found> found = new ArrayList<>();
			String lower = sentence.lower();
			Matcher matcher = DAY_MONTH_YEAR.matcher(lower);
			while (matcher.find()) {
				add(found, matcher, date(matcher.group(3), MONTHS.get(matcher.group(2)), matcher.group(1)), lower);
			}
			matcher = MONTH_DAY_YEAR.matcher(lower);
			while (matcher.find()) {
				add(found, matcher, date(matcher.group(3), MONTHS.get(matcher.group(1)), matcher.group(2)), lower);
			}
			matcher = ISO.matcher(lower);
			while (matcher.find()) {
				add(found, matcher, date(matcher.group(1), Integer.parseInt(matcher.group(2)), matcher.group(3)),
						lower);
			}
			for (Pattern period : List.of(WITHIN, NOTICE)) {
				matcher = period.matcher(lower);
				while (matcher.find()) {
					found.add(new Found(matcher.start(), matcher.end(), null, true));
				}
			}
			found.sort(Comparator.comparingInt(Found::start));
			int end = -1;
			for (Found date : found) {
				if (date.start() >= end) {
					dates.add(new DateMention(date.date(), sentence.words(date.start(), date.end()), date.deadline(),
							sentence.passage(document)));
					end = date.end();
				}
				if (dates.size() >= MAX_DATES) {
					return List.copyOf(dates);
				}
			}
		}
		return List.copyOf(dates);
	}

	private static void add(List<Found> found, Matcher matcher, @Nullable LocalDate date, String lower) {
		if (date == null) {
			return;
		}
		boolean deadline = DEADLINE_BEFORE.matcher(lower.substring(Math.max(0, matcher.start() - 40), matcher.start()))
			.find();
		found.add(new Found(matcher.start(), matcher.end(), date, deadline));
	}

	/** The day, or {@code null} for "31 februari". */
	private static @Nullable LocalDate date(String year, @Nullable Integer month, String day) {
		if (month == null) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static Pattern compile(String regex) {
		return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
	}

	private record Found(int start, int end, @Nullable LocalDate date, boolean deadline) {

	}

}
