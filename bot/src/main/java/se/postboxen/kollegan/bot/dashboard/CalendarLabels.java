package se.postboxen.kollegan.bot.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.calendar.CalendarSync;

/**
 * Calendar labels as a form field holds them, separated by commas (so no label has one),
 * and what the page says about a list {@link CalendarSync} would refuse, before it is
 * asked.
 */
final class CalendarLabels {

	private CalendarLabels() {
	}

	static List<String> parse(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split(",")).map(String::strip).filter(label -> !label.isEmpty()).toList();
	}

	static String format(List<String> labels) {
		return String.join(", ", labels);
	}

	static Optional<InvalidField> problem(List<String> labels) {
		if (labels.size() > CalendarSync.MAX_LABELS) {
			return Optional.of(InvalidField.of("settings.labels.tooMany", CalendarSync.MAX_LABELS));
		}
		return labels.stream().map(CalendarLabels::problem).flatMap(Optional::stream).findFirst();
	}

	static Optional<InvalidField> problem(String label) {
		if (label.length() > CalendarSync.MAX_LABEL_LENGTH) {
			// Named by its start: the whole of it may be anything pasted.
			return Optional.of(InvalidField.of("settings.labels.tooLong",
					label.substring(0, CalendarSync.MAX_LABEL_LENGTH) + "…", CalendarSync.MAX_LABEL_LENGTH));
		}
		if (label.contains(",") || label.chars().anyMatch(Character::isISOControl)) {
			return Optional.of(InvalidField.of("settings.labels.invalid"));
		}
		return Optional.empty();
	}

}
