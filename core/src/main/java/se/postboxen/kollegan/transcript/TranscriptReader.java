package se.postboxen.kollegan.transcript;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a transcript file into utterances. Lenient by design: platforms write files that
 * do not follow the WebVTT grammar to the letter (Microsoft's own example has
 * {@code 0:0:0.0 --> 0:0:5.320}); what cannot be read as a cue is skipped, never fatal.
 */
public final class TranscriptReader {

	/**
	 * Far above a working day of speech (a one-hour meeting is some 60,000 characters);
	 * anything longer is not a meeting transcript and would only cost memory.
	 */
	static final int MAX_CHARACTERS = 5_000_000;

	/**
	 * Cues in a WebVTT file, turns in plain text, or segments of a gateway's JSON, for
	 * the same reason.
	 */
	public static final int MAX_CUES = 100_000;

	// Any number of digits per field, because Graph's own sample writes 0:0:0.0; nine
	// digits at most so that a field always fits in an int.
	private static final Pattern OFFSET = Pattern.compile("(?:(\\d{1,9}):)?(\\d{1,9}):(\\d{1,9})(?:[.,](\\d{1,9}))?");

	private TranscriptReader() {
	}

	/**
	 * Reads a transcript.
	 * <p>
	 * WebVTT: each cue becomes one utterance with the cue's start and end, also when the
	 * same speaker has several cues in a row. The speaker is the voice span's name
	 * ({@code <v Name>}, Teams) or a {@code Name: } prefix (Zoom, see
	 * {@link SpeakerPrefix}). Cue identifiers, the header, {@code NOTE}, {@code STYLE}
	 * and {@code REGION} blocks, cue settings and markup tags are left out; the missing
	 * {@code WEBVTT} line of a file that has cues is forgiven.
	 * <p>
	 * Plain text: one turn per {@code Name: text} line; a line without a speaker
	 * continues the turn before it. A leading {@code [00:01:23]}, {@code [01:23]} or
	 * {@code 00:01:23} sets the turn's start, and a turn ends where the next one starts.
	 * A turn without a timestamp of its own starts where the previous one did, so a file
	 * without timestamps gives every utterance {@link Duration#ZERO} as start and end:
	 * the order is known, the time is not.
	 * <p>
	 * In both formats an utterance nobody is named for is given
	 * {@link Utterance#UNKNOWN_SPEAKER}, and text is trimmed, runs of whitespace are
	 * collapsed and empty utterances are dropped.
	 * @throws UnreadableTranscriptException when the text holds no speech at all in that
	 * format, is longer than {@value #MAX_CHARACTERS} characters or has more than
	 * {@value #MAX_CUES} cues
	 */
	public static Transcript read(TranscriptFormat format, String text) {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(text, "text");
		if (text.length() > MAX_CHARACTERS) {
			throw new UnreadableTranscriptException("The transcript is longer than " + MAX_CHARACTERS + " characters");
		}
		if (text.isBlank()) {
			throw new UnreadableTranscriptException("The transcript is empty");
		}
		List<Utterance> utterances = switch (format) {
			case WEBVTT -> WebVttReader.read(text);
			case PLAIN_TEXT -> PlainTextReader.read(text);
		};
		if (utterances.isEmpty()) {
			throw new UnreadableTranscriptException(switch (format) {
				case WEBVTT -> "The WebVTT transcript has no cue with speech";
				case PLAIN_TEXT -> "The plain-text transcript has no line of speech";
			});
		}
		return new Transcript(utterances);
	}

	/**
	 * The lines of a file, whatever its line ends ({@code \r\n}, {@code \r} or
	 * {@code \n}), without a leading byte order mark.
	 */
	static List<String> lines(String text) {
		String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
		return withoutMark.lines().toList();
	}

	/**
	 * Text as it is shown: one line, trimmed, without control characters (which
	 * {@link Utterance} refuses in a speaker's name and no recap wants). Every run of
	 * Unicode white space (a no-break space from {@code &nbsp;} too) becomes one space.
	 */
	static String tidy(String text) {
		String oneLine = oneSpaced(text).strip();
		if (oneLine.chars().noneMatch(Character::isISOControl)) {
			return oneLine;
		}
		StringBuilder printable = new StringBuilder(oneLine.length());
		oneLine.codePoints().filter(c -> !Character.isISOControl(c)).forEach(printable::appendCodePoint);
		return printable.toString().strip();
	}

	/**
	 * Runs of white space as one space, as {@code \s+} with
	 * {@link Pattern#UNICODE_CHARACTER_CLASS} would replace them, in one pass: as a
	 * regular expression this was the reader's costliest step on a long transcript.
	 */
	private static String oneSpaced(String text) {
		int length = text.length();
		int i = 0;
		// Most text has only single spaces: returned as it is.
		while (i < length) {
			char c = text.charAt(i);
			if (isWhiteSpace(c) && (c != ' ' || (i + 1 < length && isWhiteSpace(text.charAt(i + 1))))) {
				break;
			}
			i++;
		}
		if (i == length) {
			return text;
		}
		StringBuilder spaced = new StringBuilder(length).append(text, 0, i);
		boolean inSpace = false;
		for (; i < length; i++) {
			char c = text.charAt(i);
			if (isWhiteSpace(c)) {
				if (!inSpace) {
					spaced.append(' ');
					inSpace = true;
				}
			}
			else {
				spaced.append(c);
				inSpace = false;
			}
		}
		return spaced.toString();
	}

	/** Unicode's White_Space, as {@code \s} reads it with Unicode character classes. */
	private static boolean isWhiteSpace(char c) {
		if (c <= ' ') {
			return c == ' ' || (c >= '\t' && c <= '\r');
		}
		if (c < 0x85) {
			return false;
		}
		int type = Character.getType(c);
		return c == 0x85 || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

	/**
	 * A speaker's name as {@link Utterance} takes it: tidy, cut to
	 * {@link Utterance#MAX_SPEAKER_LENGTH}, and {@link Utterance#UNKNOWN_SPEAKER} when
	 * blank. Cutting rather than refusing keeps the speech attributed to the name the
	 * platform shows.
	 */
	static String speaker(String name) {
		String tidy = tidy(name);
		if (tidy.isEmpty()) {
			return Utterance.UNKNOWN_SPEAKER;
		}
		if (tidy.length() <= Utterance.MAX_SPEAKER_LENGTH) {
			return tidy;
		}
		int cut = Utterance.MAX_SPEAKER_LENGTH;
		if (Character.isHighSurrogate(tidy.charAt(cut - 1))) {
			cut--;
		}
		return tidy.substring(0, cut).strip();
	}

	/**
	 * An offset such as {@code 00:01:23.456}, {@code 01:23.456}, {@code 0:0:5.32} or
	 * {@code 00:01:23,456}; the fraction is optional.
	 */
	static Optional<Duration> offset(String timestamp) {
		Matcher matcher = OFFSET.matcher(timestamp.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		long hours = (matcher.group(1) != null) ? Long.parseLong(matcher.group(1)) : 0;
		long minutes = Long.parseLong(matcher.group(2));
		long seconds = Long.parseLong(matcher.group(3));
		String fraction = (matcher.group(4) != null) ? matcher.group(4) : "";
		long nanos = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "00000000").substring(0, 9));
		return Optional.of(Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds).plusNanos(nanos));
	}

}
