package se.postboxen.kollegan.calendar;

import java.util.List;

/**
 * Whether the agent attends a calendar event: never when it carries the never label;
 * otherwise when it has an online link and it is in a calendar marked always-on, carries
 * an always-on label (the tenant's or the user's), or the user has auto-join on.
 */
public final class AutoJoinRule {

	public enum Decision {

		JOIN, NEVER_LABEL, NO_ONLINE_LINK, NOT_ASKED

	}

	private AutoJoinRule() {
	}

	public static Decision decide(CalendarEvent event, CalendarConnection connection, CalendarPolicy policy) {
		return decide(event, connection, policy, false);
	}

	/**
	 * @param alwaysOnCalendar the event comes from a calendar marked always-on
	 */
	public static Decision decide(CalendarEvent event, CalendarConnection connection, CalendarPolicy policy,
			boolean alwaysOnCalendar) {
		if (carries(event, List.of(policy.neverLabel()))) {
			return Decision.NEVER_LABEL;
		}
		if (event.joinUrl() == null) {
			return Decision.NO_ONLINE_LINK;
		}
		if (alwaysOnCalendar || connection.autoJoin() || carries(event, policy.alwaysOnLabels())
				|| carries(event, connection.labels())) {
			return Decision.JOIN;
		}
		return Decision.NOT_ASKED;
	}

	private static boolean carries(CalendarEvent event, List<String> labels) {
		return event.categories()
			.stream()
			.anyMatch(category -> labels.stream().anyMatch(label -> CalendarPolicy.sameLabel(category, label)));
	}

}
