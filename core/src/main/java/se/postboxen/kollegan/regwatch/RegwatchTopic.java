package se.postboxen.kollegan.regwatch;

import java.util.Objects;

import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A keyword a tenant cares about ({@code upphandling}, {@code GDPR}); relevance is scored
 * against all of a tenant's topics.
 */
public record RegwatchTopic(RegwatchTopicId id, TenantId tenantId, String keyword) {

	public static final int MAX_KEYWORD_LENGTH = 100;

	public RegwatchTopic {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		keyword = Text.required(keyword, "keyword", MAX_KEYWORD_LENGTH).replaceAll("\\s+", " ");
	}

}
