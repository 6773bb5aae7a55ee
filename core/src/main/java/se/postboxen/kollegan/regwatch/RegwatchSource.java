package se.postboxen.kollegan.regwatch;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A place a tenant watches for regulatory change: a feed, an API or a web page.
 *
 * @param selector for a web page, the CSS selector of the part that matters
 */
public record RegwatchSource(RegwatchSourceId id, TenantId tenantId, String name, SourceKind kind, URI url,
		@Nullable String selector, boolean enabled) {

	public RegwatchSource {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		name = Text.required(name, "name", 200);
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(url, "url");
		if (url.getScheme() == null || !"https".equals(url.getScheme().toLowerCase(Locale.ROOT))) {
			throw new IllegalArgumentException("url must be an https URL");
		}
		selector = Text.optional(selector, "selector", 500);
	}

}
