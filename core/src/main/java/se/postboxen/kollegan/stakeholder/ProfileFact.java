package se.postboxen.kollegan.stakeholder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.meeting.MeetingId;

/**
 * A fact as a profile shows it, with the meeting it came from. It expires with that
 * meeting: erasing or offboarding the meeting removes it.
 *
 * @param text the meeting's title, the topic, or the action's text
 * @param status for a commitment, where its action stands now
 * @param due for a commitment, its due date if it has one
 * @param seenAt when the source meeting started
 */
public record ProfileFact(FactKind kind, String text, @Nullable ActionStatus status, @Nullable LocalDate due,
		MeetingId source, String sourceTitle, Instant seenAt) {

	public ProfileFact {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(sourceTitle, "sourceTitle");
		Objects.requireNonNull(seenAt, "seenAt");
	}

}
