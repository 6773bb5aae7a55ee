package se.postboxen.kollegan.transcript;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text transcript, one {@code Name: text} turn per line; see
 * {@link TranscriptReader#read}.
 */
final class PlainTextReader {

	// A bare timestamp needs hours, minutes and seconds: a line such as "10:30 börjar vi"
	// is more likely speech than a time, so a shorter one counts only in brackets.
	private static final Pattern TIMESTAMPED = Pattern
		.compile("(?:\\[([^\\]]{1,30})\\]\\s*|(\\d{1,9}:\\d{1,2}:\\d{1,2}(?:[.,]\\d{1,9})?)(?:\\s+|$))(.*)");

	private PlainTextReader() {
	}

	static List<Utterance> read(String text) {
		List<Turn> turns = new ArrayList<>();
		Duration latestStart = Duration.ZERO;
		for (String line : TranscriptReader.lines(text)) {
			String rest = TranscriptReader.tidy(line);
			if (rest.isEmpty()) {
				continue;
			}
			Optional<Duration> start = Optional.empty();
			Matcher timestamped = TIMESTAMPED.matcher(rest);
			if (timestamped.matches()) {
				String timestamp = (timestamped.group(1) != null) ? timestamped.group(1) : timestamped.group(2);
				start = TranscriptReader.offset(timestamp);
				if (start.isPresent()) {
					rest = timestamped.group(3);
				}
			}
			Optional<SpeakerPrefix> prefix = SpeakerPrefix.of(rest);
			Turn previous = turns.isEmpty() ? null : turns.get(turns.size() - 1);
			if (previous != null && prefix.isEmpty() && start.isEmpty()) {
				previous.continueWith(rest);
				continue;
			}
			// A timestamp without a name is the previous speaker going on at a later
			// time.
			String speaker = prefix.map(SpeakerPrefix::speaker)
				.orElse((previous != null) ? previous.speaker : Utterance.UNKNOWN_SPEAKER);
			latestStart = start.orElse(latestStart);
			Turn turn = new Turn(speaker, latestStart);
			turn.continueWith(prefix.map(SpeakerPrefix::text).orElse(rest));
			turns.add(turn);
			if (turns.size() > TranscriptReader.MAX_CUES) {
				throw new UnreadableTranscriptException(
						"The plain-text transcript has more than " + TranscriptReader.MAX_CUES + " turns");
			}
		}
		List<Utterance> utterances = new ArrayList<>(turns.size());
		for (int i = 0; i < turns.size(); i++) {
			Turn turn = turns.get(i);
			Duration end = (i + 1 < turns.size()) ? turns.get(i + 1).start : turn.start;
			if (!turn.text.isEmpty()) {
				utterances.add(new Utterance(turn.speaker, null, turn.start, end, turn.text.toString()));
			}
		}
		return utterances;
	}

	private static final class Turn {

		private final String speaker;

		private final Duration start;

		private final StringBuilder text = new StringBuilder();

		Turn(String speaker, Duration start) {
			this.speaker = speaker;
			this.start = start;
		}

		void continueWith(String more) {
			if (!more.isEmpty() && !this.text.isEmpty()) {
				this.text.append(' ');
			}
			this.text.append(more);
		}

	}

}
