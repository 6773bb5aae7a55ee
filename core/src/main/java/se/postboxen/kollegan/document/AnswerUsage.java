package se.postboxen.kollegan.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * What one question about a document cost in a remote language model: the tokens it was
 * sent and wrote back, and their price. Holds no words of the question or the document.
 *
 * @param model the model as configured, the key of its price
 * @param costSek the price of those tokens in Swedish kronor, from the configured price
 * table (zero for a model without a price)
 * @param at when the question was answered
 */
public record AnswerUsage(TenantId tenantId, DocumentId documentId, String model, long promptTokens,
		long completionTokens, BigDecimal costSek, Instant at) {

	public static final int MAX_MODEL_LENGTH = 200;

	public AnswerUsage {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(documentId, "documentId");
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
