package se.postboxen.kollegan.procurement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The days on which, by lag (1930:173) om beräkning av lagstadgad tid, a period that ends
 * runs on to the next weekday: Saturdays, Sundays, the public holidays of lag (1989:253)
 * om allmänna helgdagar, and midsummer, Christmas and New Year's eves.
 */
final class NonWorkingDays {

	private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1),
			MonthDay.of(6, 6), MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26), MonthDay.of(12, 31));

	private NonWorkingDays() {
	}

	static boolean isNonWorking(LocalDate day) {
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
				|| FIXED.contains(MonthDay.from(day))) {
			return true;
		}
		LocalDate easter = easterSunday(day.getYear());
		// Good Friday, Easter Monday, Ascension Day; the other movable holidays fall on a
		// Saturday or Sunday anyway.
		if (day.equals(easter.minusDays(2)) || day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39))) {
			return true;
		}
		// Midsummer Eve: the Friday between 19 and 25 June.
		return day.getMonthValue() == 6 && day.getDayOfWeek() == DayOfWeek.FRIDAY && day.getDayOfMonth() >= 19
				&& day.getDayOfMonth() <= 25;
	}

	/** The day itself, or the next day that is not a non-working day. */
	static LocalDate onOrAfter(LocalDate day) {
		LocalDate next = day;
		while (isNonWorking(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/** The Gregorian Easter Sunday (the anonymous algorithm of Meeus/Jones/Butcher). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, dayOfMonth);
	}

}
