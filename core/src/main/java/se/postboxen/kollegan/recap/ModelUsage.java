package se.postboxen.kollegan.recap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * What one recap cost in a remote language model: the tokens it was sent and wrote back,
 * summed over every call for the meeting (one per transcript chunk and one to combine
 * them), and their price.
 *
 * @param model the model as configured, the key of its price
 * @param promptTokens tokens sent, as the model counted them
 * @param completionTokens tokens written back, as the model counted them
 * @param costSek the price of those tokens in Swedish kronor, from the configured price
 * table (zero for a model without a price)
 * @param at when the recap was written
 */
public record ModelUsage(TenantId tenantId, MeetingId meetingId, String model, long promptTokens, long completionTokens,
		BigDecimal costSek, Instant at) {

	public static final int MAX_MODEL_LENGTH = 200;

	public ModelUsage {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		model = Text.required(model, "model", MAX_MODEL_LENGTH);
		if (promptTokens < 0 || completionTokens < 0) {
			throw new IllegalArgumentException("token counts must not be negative");
		}
		Objects.requireNonNull(costSek, "costSek");
		if (costSek.signum() < 0) {
			throw new IllegalArgumentException("costSek must not be negative");
		}
		Objects.requireNonNull(at, "at");
	}

}
