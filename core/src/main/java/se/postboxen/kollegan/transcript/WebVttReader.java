package se.postboxen.kollegan.transcript;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads WebVTT as Teams and Zoom write it; see {@link TranscriptReader#read}.
 * <p>
 * Line by line rather than by the specification's block grammar: a timing line starts a
 * cue, a blank line ends it, and every line outside a cue is ignored. That one rule skips
 * the header, cue identifiers and {@code NOTE}, {@code STYLE} and {@code REGION} blocks,
 * and still reads a file whose writer forgot the {@code WEBVTT} line or a blank line
 * between cues.
 */
final class WebVttReader {

	private static final Pattern TIMING = Pattern.compile("\\s*(\\S+?)\\s*-->\\s*(\\S+)(?:\\s.*)?");

	// Zoom numbers its cues; Teams writes {guid}/{n}-{m}. Needed only to tell an
	// identifier from speech when no blank line ends the cue before.
	private static final Pattern IDENTIFIER = Pattern.compile("\\d+|[A-Za-z0-9-]+/\\d+-\\d+");

	// The end tag is optional, so a voice lasts until the next voice or </v>. No '<'
	// inside the tag, so that text full of "<v" costs one pass and not one per "<v".
	private static final Pattern VOICE = Pattern
		.compile("(?<open><v(?:\\.[^\\s<>]*)?(?:\\s+(?<name>[^<>]*))?>)|</v\\s*>", Pattern.CASE_INSENSITIVE);

	// Only what can be a tag: a name (<c.loud>, <i>, </b>, <lang sv>) or a timestamp
	// (<00:00:01.000>), so that "x < 5 och y > 3" keeps its words.
	private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>|<\\d[\\d:.,]*>");

	private static final Pattern ENTITY = Pattern
		.compile("&(amp|lt|gt|nbsp|lrm|rlm|quot|apos|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");

	private WebVttReader() {
	}

	static List<Utterance> read(String text) {
		List<String> lines = TranscriptReader.lines(text);
		List<Utterance> utterances = new ArrayList<>();
		List<String> payload = new ArrayList<>();
		Timing timing = null;
		int cues = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.contains("-->")) {
				addCue(timing, payload, utterances);
				// A timing line that cannot be read leaves its cue out.
				timing = Timing.of(line).orElse(null);
				payload.clear();
				if (timing != null && ++cues > TranscriptReader.MAX_CUES) {
					throw new UnreadableTranscriptException(
							"The WebVTT transcript has more than " + TranscriptReader.MAX_CUES + " cues");
				}
			}
			else if (line.isBlank()) {
				addCue(timing, payload, utterances);
				timing = null;
				payload.clear();
			}
			else if (timing != null && !isIdentifierOfNextCue(lines, i)) {
				payload.add(line);
			}
		}
		addCue(timing, payload, utterances);
		return utterances;
	}

	private static boolean isIdentifierOfNextCue(List<String> lines, int index) {
		return index + 1 < lines.size() && lines.get(index + 1).contains("-->")
				&& IDENTIFIER.matcher(lines.get(index).strip()).matches();
	}

	private static void addCue(@Nullable Timing timing, List<String> payload, List<Utterance> utterances) {
		if (timing == null) {
			return;
		}
		String cue = String.join(" ", payload);
		Matcher voice = VOICE.matcher(cue);
		String voiceName = null;
		int from = 0;
		// Every voice tag starts with '<': the pattern is tried only there, which on a
		// long transcript is most of the reader's time saved.
		for (int at = cue.indexOf('<'); at >= 0; at = cue.indexOf('<', at + 1)) {
			if (voice.region(at, cue.length()).lookingAt()) {
				addSpeech(timing, voiceName, cue.substring(from, at), utterances);
				voiceName = (voice.group("open") != null) ? nameOf(voice.group("name")) : null;
				from = voice.end();
				at = from - 1;
			}
		}
		addSpeech(timing, voiceName, cue.substring(from), utterances);
	}

	private static String nameOf(@Nullable String annotation) {
		return (annotation != null) ? TranscriptReader.speaker(decode(annotation)) : Utterance.UNKNOWN_SPEAKER;
	}

	/**
	 * @param voiceName the speaker named by the voice span around the text, or
	 * {@code null} when the text is in none
	 */
	private static void addSpeech(Timing timing, @Nullable String voiceName, String markup,
			List<Utterance> utterances) {
		String bare = (markup.indexOf('<') >= 0) ? TAG.matcher(markup).replaceAll("") : markup;
		String text = TranscriptReader.tidy(decode(bare));
		String speaker = voiceName;
		if (speaker == null) {
			Optional<SpeakerPrefix> prefix = SpeakerPrefix.of(text);
			speaker = prefix.map(SpeakerPrefix::speaker).orElse(Utterance.UNKNOWN_SPEAKER);
			text = prefix.map(SpeakerPrefix::text).orElse(text);
		}
		if (!text.isEmpty()) {
			utterances.add(new Utterance(speaker, null, timing.start(), timing.end(), text));
		}
	}

	private static String decode(String text) {
		if (text.indexOf('&') < 0) {
			return text;
		}
		return ENTITY.matcher(text).replaceAll(entity -> Matcher.quoteReplacement(character(entity.group(1))));
	}

	private static String character(String entity) {
		return switch (entity) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "nbsp" -> "\u00A0";
			case "lrm" -> "\u200E";
			case "rlm" -> "\u200F";
			case "quot" -> "\"";
			case "apos" -> "'";
			default -> {
				boolean hex = entity.charAt(1) == 'x' || entity.charAt(1) == 'X';
				int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
				yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "&" + entity + ";";
			}
		};
	}

	private record Timing(Duration start, Duration end) {

		static Optional<Timing> of(String line) {
			Matcher matcher = TIMING.matcher(line);
			if (!matcher.matches()) {
				return Optional.empty();
			}
			Optional<Duration> start = TranscriptReader.offset(matcher.group(1));
			Optional<Duration> end = TranscriptReader.offset(matcher.group(2));
			return (start.isPresent() && end.isPresent()) ? Optional.of(new Timing(start.get(), end.get()))
					: Optional.empty();
		}

	}

}
