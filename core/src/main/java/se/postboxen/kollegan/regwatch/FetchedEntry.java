package se.postboxen.kollegan.regwatch;

import java.net.URI;
import java.util.Objects;

/**
 * One thing a fetch found: a feed entry, an API item, or the watched part of a page, as
 * plain text. Whatever the source says of it (its date, its summary) is in the content,
 * so a change to any of it makes a new version.
 *
 * @param externalKey the source's identity for it (GUID, id, URL)
 * @param content the text whose changes make versions
 */
public record FetchedEntry(String externalKey, String title, URI url, String content) {

	public FetchedEntry {
		Objects.requireNonNull(externalKey, "externalKey");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(content, "content");
	}

}
