package se.postboxen.kollegan.regwatch;

import java.net.URI;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A regulatory change worth an administrator's attention, for one of them.
 *
 * @param version 1 for something new, above for a change
 * @param link the item's page in the dashboard, with its history and differences
 */
public record RegwatchAlertNotice(TenantId tenantId, EmailAddress recipient, @Nullable String recipientName,
		String sourceName, String itemTitle, URI itemUrl, int version, int relevance, URI link) {

	public RegwatchAlertNotice {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(sourceName, "sourceName");
		Objects.requireNonNull(itemTitle, "itemTitle");
		Objects.requireNonNull(itemUrl, "itemUrl");
		Objects.requireNonNull(link, "link");
	}

}
