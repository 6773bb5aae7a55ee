package se.postboxen.kollegan.chat;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a person asks Kollegan in chat, in Swedish or English, whatever the platform:
 * {@code join [link]}, {@code status}, {@code leave [link]}, {@code help},
 * {@code welcome}. Parsed here once, so that every platform understands the same words.
 */
public sealed interface ChatCommand {

	/**
	 * Join a meeting: the one the link names, or, without a link, the meeting whose chat
	 * the command was written in.
	 */
	record Join(@Nullable URI joinUrl) implements ChatCommand {

	}

	/** What the agent is doing now and next for the person asking. */
	record Status() implements ChatCommand {

	}

	/**
	 * Leave a meeting: the one the link names, or the meeting whose chat this is.
	 */
	record Leave(@Nullable URI joinUrl) implements ChatCommand {

	}

	/** What Kollegan can be asked. */
	record Help() implements ChatCommand {

	}

	/**
	 * Kollegan introducing itself, with the writer's own invite address: what a platform
	 * queues when Kollegan is installed or added to a chat, and what a person may ask for
	 * again. It takes no argument, so that nobody can name whose address to show: it is
	 * always the writer's, as the platform identifies them.
	 */
	record Welcome() implements ChatCommand {

	}

	/** The words a platform queues as the welcome when Kollegan is installed. */
	String WELCOME = "welcome";

	/** Words before the command that only address Kollegan. */
	Pattern ADDRESSING = Pattern.compile("^(?:\\s*(?:<at>[^<]{0,100}</at>|@?kollegan\\b|/kollegan\\b)[\\s,:]*)+",
			Pattern.CASE_INSENSITIVE);

	Pattern LINK = Pattern.compile("<?(https://[^\\s<>|]{1,2048})(?:\\|[^>]*)?>?");

	/**
	 * The command in a chat message, or empty when it is none Kollegan knows. A leading
	 * mention ({@code <at>Kollegan</at>}, {@code @kollegan}) or slash command name is
	 * ignored; Slack's {@code <https://…|label>} links are read too.
	 */
	static Optional<ChatCommand> parse(String text) {
		String rest = ADDRESSING.matcher(text.strip()).replaceFirst("").strip();
		if (rest.length() > 4096) {
			return Optional.empty();
		}
		String[] words = rest.split("\\s+", 2);
		String verb = words[0].toLowerCase(Locale.ROOT);
		String argument = (words.length > 1) ? words[1].strip() : "";
		return switch (verb) {
			case "join", "anslut", "delta" ->
				argument.isEmpty() ? Optional.of(new Join(null)) : link(argument).map(Join::new);
			case "leave", "lämna", "lamna" ->
				argument.isEmpty() ? Optional.of(new Leave(null)) : link(argument).map(Leave::new);
			case "status" -> Optional.of(new Status());
			case WELCOME, "välkommen", "valkommen" ->
				argument.isEmpty() ? Optional.of(new Welcome()) : Optional.empty();
			case "help", "hjälp", "hjalp", "" -> Optional.of(new Help());
			default -> Optional.empty();
		};
	}

	/** The first https link in the argument; anything else is not a meeting link. */
	private static Optional<URI> link(String argument) {
		Matcher matcher = LINK.matcher(argument);
		if (!matcher.find()) {
			return Optional.empty();
		}
		try {
			return Optional.of(URI.create(matcher.group(1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
