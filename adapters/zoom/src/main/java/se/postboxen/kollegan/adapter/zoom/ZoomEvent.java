package se.postboxen.kollegan.adapter.zoom;

import java.time.Instant;

import se.postboxen.kollegan.attendance.PlatformSignal;
import se.postboxen.kollegan.jobs.JobPayload;

/**
 * A verified Zoom webhook, read into what Kollegan does with it. Which tenant it belongs
 * to is the ingress's to decide, from the Zoom account id it names.
 */
public sealed interface ZoomEvent {

	/**
	 * Zoom checking that the endpoint is ours ({@code endpoint.url_validation}): answered
	 * in the same response with this record as JSON, within 3 seconds.
	 */
	record UrlValidation(String plainToken, String encryptedToken) implements ZoomEvent {

	}

	/**
	 * A slash command for the chatbot ({@code bot_notification}).
	 *
	 * @param deliveryId the same for every delivery of this command
	 */
	record Command(String accountId, String deliveryId, JobPayload.ChatCommandReceived command) implements ZoomEvent {

	}

	/**
	 * A click on one of the consent card's buttons ({@code interactive_message_actions}),
	 * recorded through the job queue once the clicker is known.
	 *
	 * @param deliveryId the same for every delivery of this click
	 */
	record ConsentClick(String accountId, String deliveryId, JobPayload.ChatConsentAnswer answer) implements ZoomEvent {

	}

	/**
	 * A click on a nudge's Done or new-date button ({@code interactive_message_actions}),
	 * applied through the job queue once the clicker is known.
	 *
	 * @param deliveryId the same for every delivery of this click
	 */
	record ActionClick(String accountId, String deliveryId, JobPayload.ChatActionAnswer answer) implements ZoomEvent {

	}

	/**
	 * Zoom saying that a meeting started ({@code meeting.started}), ended
	 * ({@code meeting.ended}) or has its cloud recording's transcript
	 * ({@code recording.completed} or {@code recording.transcript_completed} with a
	 * {@code TRANSCRIPT} file).
	 *
	 * @param joinUrlKey the meeting's link as
	 * {@link se.postboxen.kollegan.meeting.JoinUrls#key} gives it
	 * ({@code zoom.us/j/<id>})
	 * @param around when the meeting started or ended, by Zoom's clock
	 */
	record MeetingSignal(String accountId, String joinUrlKey, PlatformSignal signal,
			Instant around) implements ZoomEvent {

	}

	/**
	 * Everything else: acknowledged, nothing to do here (recordings without a transcript,
	 * events Kollegan does not subscribe to, deliveries missing what they need).
	 */
	record Acknowledged(String event) implements ZoomEvent {

	}

}
