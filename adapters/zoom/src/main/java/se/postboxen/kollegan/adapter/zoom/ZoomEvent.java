package se.postboxen.kollegan.adapter.zoom;

import java.time.Instant;

import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentReply;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

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
	 * A click on one of the consent card's buttons ({@code interactive_message_actions}).
	 */
	record ConsentClick(String accountId, MeetingId meetingId, Person participant, ConsentLevel level,
			ConsentAnswer answer, Instant at) implements ZoomEvent {

		public ConsentReply reply(TenantId tenantId) {
			return new ConsentReply(tenantId, this.meetingId, this.participant, this.level, this.answer,
					ConsentChannel.ZOOM, this.at);
		}

	}

	/**
	 * Everything else: acknowledged, nothing to do here (meeting lifecycle, recordings,
	 * events Kollegan does not subscribe to, deliveries missing what they need).
	 */
	record Acknowledged(String event) implements ZoomEvent {

	}

}
