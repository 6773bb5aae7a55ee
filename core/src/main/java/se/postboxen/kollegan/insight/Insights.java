package se.postboxen.kollegan.insight;

import java.util.List;

/**
 * Figures over the meetings of a {@link InsightScope}, counted by the store rather than
 * read meeting by meeting. Cancelled meetings are not counted.
 */
public interface Insights {

	/**
	 * The scope's meetings and their actions, per week (Monday to Sunday in the scope's
	 * time zone) of their start, oldest first; a week without meetings is left out.
	 */
	List<WeeklyFigures> weekly(InsightScope scope);

	/**
	 * What the language model cost for each of the scope's meetings that has a recap or a
	 * recorded model usage: the latest {@code limit} of them, with the totals over all.
	 */
	MeetingCosts costs(InsightScope scope, int limit);

}
