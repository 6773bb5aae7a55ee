package se.postboxen.kollegan.regwatch;

import org.jspecify.annotations.Nullable;

/**
 * A source as an administrator describes it, before it is checked.
 *
 * @param selector a CSS selector for a web page, a {@link JsonMapping} for a JSON API,
 * nothing for a feed
 */
public record SourceDraft(@Nullable String name, @Nullable SourceKind kind, @Nullable String url,
		@Nullable String selector, boolean enabled) {

}
