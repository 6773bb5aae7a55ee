package se.postboxen.kollegan.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One week's meetings and what became of their actions.
 *
 * @param week the Monday it starts on
 * @param actions the actions of those meetings not cancelled since
 * @param actionsDone how many of them are done
 */
public record WeeklyFigures(LocalDate week, long meetings, long actions, long actionsDone) {

	public WeeklyFigures {
		Objects.requireNonNull(week, "week");
		if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("a week starts on a Monday");
		}
		if (meetings < 0 || actions < 0 || actionsDone < 0 || actionsDone > actions) {
			throw new IllegalArgumentException("counts must be from 0, and done at most all");
		}
	}

	/** A week without meetings. */
	public static WeeklyFigures none(LocalDate week) {
		return new WeeklyFigures(week, 0, 0, 0);
	}

	/** Done of all actions, from 0 to 1; {@code null} without actions. */
	public @Nullable Double completionRate() {
		return (this.actions == 0) ? null : (double) this.actionsDone / this.actions;
	}

}
