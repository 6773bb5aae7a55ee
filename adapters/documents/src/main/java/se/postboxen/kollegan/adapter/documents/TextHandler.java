package se.postboxen.kollegan.adapter.documents;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import se.postboxen.kollegan.document.DocumentRefusedException;
import se.postboxen.kollegan.document.DocumentRefusedException.Reason;

/**
 * Writes the body of the XHTML Tika's parsers emit as plain text, each block on a line of
 * its own, and enforces the limits while it does: at most so many characters (a write
 * limit), so many pages (PDF pages are {@code <div class="page">}), and no text after the
 * deadline or once the reading was given up.
 */
final class TextHandler extends DefaultHandler {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br",
			"table", "ul", "ol", "blockquote", "pre", "section", "header", "footer");

	private final StringBuilder text = new StringBuilder();

	private final int maxCharacters;

	private final int maxPages;

	private final Instant deadline;

	private final Duration timeout;

	private int pages;

	private int bodyDepth;

	TextHandler(int maxCharacters, int maxPages, Instant deadline, Duration timeout) {
		this.maxCharacters = maxCharacters;
		this.maxPages = maxPages;
		this.deadline = deadline;
		this.timeout = timeout;
	}

	String text() {
		return this.text.toString().replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

	int pages() {
		return this.pages;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		going();
		if ("body".equals(localName)) {
			this.bodyDepth++;
		}
		if ("div".equals(localName) && "page".equals(attributes.getValue("class"))) {
			this.pages++;
			if (this.pages > this.maxPages) {
				throw new LimitReached(DocumentRefusedException.overLimit(Reason.TOO_MANY_PAGES, this.maxPages));
			}
		}
		if (this.bodyDepth > 0 && BLOCKS.contains(localName)) {
			append("\n");
		}
		else if (this.bodyDepth > 0 && "td".equals(localName)) {
			append("\t");
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		if (this.bodyDepth > 0 && BLOCKS.contains(localName)) {
			append("\n");
		}
		if ("body".equals(localName)) {
			this.bodyDepth--;
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		going();
		if (this.bodyDepth > 0) {
			append(new String(ch, start, length));
		}
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		characters(ch, start, length);
	}

	private void append(String more) throws LimitReached {
		if (this.text.length() + more.length() > this.maxCharacters) {
			throw new LimitReached(DocumentRefusedException.overLimit(Reason.TOO_MUCH_TEXT, this.maxCharacters));
		}
		this.text.append(more);
	}

	/** Stops the parser at the next piece of text once its time is up. */
	private void going() throws LimitReached {
		if (Thread.currentThread().isInterrupted() || Instant.now().isAfter(this.deadline)) {
			throw new LimitReached(DocumentRefusedException.overLimit(Reason.TIMED_OUT, this.timeout.toSeconds()));
		}
	}

	/** A limit passed while reading; carries the refusal through the parser. */
	static final class LimitReached extends SAXException {

		private final transient DocumentRefusedException refusal;

		LimitReached(DocumentRefusedException refusal) {
			super(refusal.reason().name());
			this.refusal = refusal;
		}

		DocumentRefusedException refusal() {
			return this.refusal;
		}

	}

}
