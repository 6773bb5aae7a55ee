package se.postboxen.kollegan.attendance;

/**
 * What a meeting bot reports, in the gateway-neutral terms Kollegan acts on (Recall.ai's
 * {@code joining_call}, {@code in_waiting_room}, {@code in_call_recording},
 * {@code call_ended}, {@code done}, {@code fatal} map onto these).
 */
public enum BotState {

	JOINING, IN_LOBBY, IN_CALL, ENDED,

	/**
	 * The bot could not get in or was thrown out; the report says whether trying again
	 * can help.
	 */
	FAILED

}
