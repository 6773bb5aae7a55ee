package se.postboxen.kollegan.attendance;

/**
 * Where a gateway delivers what its bots report: {@link Attendance#reported}, reached by
 * a webhook for a remote gateway, or called directly by the in-process sandbox.
 */
@FunctionalInterface
public interface BotReports {

	void reported(BotReport report);

}
