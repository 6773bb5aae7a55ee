package se.postboxen.kollegan.adapter.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.regwatch.FetchedEntry;
import se.postboxen.kollegan.regwatch.JsonMapping;
import se.postboxen.kollegan.regwatch.RegwatchSource;

/**
 * An answer read by its source's kind, into plain text entries: a feed's entries (Rome,
 * with doctypes refused so no external entity is ever resolved), a JSON API's items by
 * the source's {@link JsonMapping}, or the part of a page its CSS selector picks (the
 * whole body without one). Text keeps its lines (paragraphs, list items, headings), so
 * that differences read line by line.
 */
final class SourceReading {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SourceReading() {
	}

	static final class UnreadableException extends Exception {

		UnreadableException(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * @param url where the answer came from, after redirects: relative links resolve
	 * against it
	 */
	static List<FetchedEntry> read(RegwatchSource source, URI url, byte[] body) throws UnreadableException {
		return switch (source.kind()) {
			case RSS, ATOM -> feed(url, body);
			case JSON -> json(source, url, body);
			case WEB_PAGE -> page(source, url, body);
		};
	}

	private static List<FetchedEntry> feed(URI base, byte[] body) throws UnreadableException {
		SyndFeed feed;
		try {
			SyndFeedInput input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
		}
		catch (FeedException | IOException | IllegalArgumentException ex) {
			throw new UnreadableException(
					"Svaret är inget läsbart RSS- eller Atom-flöde / The answer is no readable " + "RSS or Atom feed",
					ex);
		}
		List<FetchedEntry> entries = new ArrayList<>();
		for (SyndEntry entry : feed.getEntries()) {
			URI link = link(base, entry.getLink());
			String key = (entry.getUri() != null && !entry.getUri().isBlank()) ? entry.getUri() : String.valueOf(link);
			StringBuilder text = new StringBuilder();
			if (entry.getPublishedDate() != null) {
				text.append("Publicerad / Published: ").append(entry.getPublishedDate().toInstant()).append("\n\n");
			}
			if (entry.getDescription() != null) {
				text.append(html(entry.getDescription().getValue())).append('\n');
			}
			for (SyndContent content : entry.getContents()) {
				text.append(html(content.getValue())).append('\n');
			}
			entries.add(new FetchedEntry(key, plain(entry.getTitle()), (link != null) ? link : base, text.toString()));
		}
		return entries;
	}

	private static List<FetchedEntry> json(RegwatchSource source, URI base, byte[] body) throws UnreadableException {
		JsonMapping mapping = JsonMapping.parse(source.selector());
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new UnreadableException("Svaret är ingen läsbar JSON / The answer is no readable JSON", ex);
		}
		JsonNode items = root.at(mapping.items());
		if (!items.isArray()) {
			throw new UnreadableException(
					"items= pekar inte på en lista i svaret / items= does not point to a list in the answer", null);
		}
		List<FetchedEntry> entries = new ArrayList<>();
		for (JsonNode item : items) {
			URI link = link(base, value(item, mapping.url()));
			String key = (mapping.key() != null) ? value(item, mapping.key()) : null;
			StringBuilder text = new StringBuilder();
			if (mapping.date() != null && value(item, mapping.date()) != null) {
				text.append("Datum / Date: ").append(value(item, mapping.date())).append("\n\n");
			}
			if (mapping.summary() != null && value(item, mapping.summary()) != null) {
				text.append(html(value(item, mapping.summary())));
			}
			String title = plain(value(item, mapping.title()));
			if (text.isEmpty()) {
				text.append(title);
			}
			entries.add(new FetchedEntry((key != null) ? key : String.valueOf(link), title,
					(link != null) ? link : base, text.toString()));
		}
		return entries;
	}

	private static List<FetchedEntry> page(RegwatchSource source, URI url, byte[] body) {
		Document document = Jsoup.parse(new String(body, StandardCharsets.UTF_8), url.toString());
		Elements parts = (source.selector() != null) ? document.select(source.selector())
				: new Elements(document.body());
		StringBuilder text = new StringBuilder();
		for (Element part : parts) {
			text.append(lines(part)).append("\n\n");
		}
		String title = document.title().isBlank() ? source.name() : document.title();
		// One item per page, known by the page's address as the source gives it.
		return List.of(new FetchedEntry(source.url().toString(), title, source.url(), text.toString()));
	}

	private static @Nullable String value(JsonNode item, String pointer) {
		JsonNode node = item.at(pointer);
		return (node.isValueNode() && !node.isNull()) ? node.asString() : null;
	}

	private static @Nullable URI link(URI base, @Nullable String link) {
		if (link == null || link.isBlank()) {
			return null;
		}
		try {
			URI resolved = base.resolve(new URI(link.strip()));
			String scheme = (resolved.getScheme() != null) ? resolved.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("https") || scheme.equals("http")) ? resolved : null;
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static String plain(@Nullable String value) {
		return (value != null) ? Jsoup.parse(value).text() : "";
	}

	private static String html(@Nullable String value) {
		return (value != null) ? lines(Jsoup.parseBodyFragment(value).body()) : "";
	}

	/** An element's text with a line for each block (paragraph, heading, list item …). */
	static String lines(Element root) {
		StringBuilder text = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.text());
				}
				else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
					text.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && element.isBlock()) {
					text.append('\n');
				}
			}
		}, root);
		List<String> lines = new ArrayList<>();
		for (String line : text.toString().split("\n")) {
			String tidy = line.replaceAll("[\\s\\u00a0]+", " ").strip();
			if (!tidy.isEmpty()) {
				lines.add(tidy);
			}
		}
		return String.join("\n", lines);
	}

}
