package se.postboxen.kollegan.stakeholder;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.shared.Text;

/**
 * One thing a meeting says about a stakeholder, stored with that meeting as its source
 * (see {@link Stakeholders#replaceFacts}): it lives exactly as long as the meeting does.
 *
 * @param topic the topic, for a {@link FactKind#TOPIC}
 * @param action the action, for a {@link FactKind#COMMITMENT}: its text and whether it is
 * done are read from it, so the profile follows what becomes of it
 */
public record StakeholderFact(StakeholderId stakeholderId, FactKind kind, @Nullable String topic,
		@Nullable ActionItemId action) {

	/** A profile lists topics, it does not quote them. */
	public static final int MAX_TOPIC_LENGTH = 200;

	public StakeholderFact {
		Objects.requireNonNull(stakeholderId, "stakeholderId");
		Objects.requireNonNull(kind, "kind");
		topic = (kind == FactKind.TOPIC) ? Text.required(topic, "topic", MAX_TOPIC_LENGTH) : null;
		if ((kind == FactKind.COMMITMENT) != (action != null)) {
			throw new IllegalArgumentException("a commitment, and only a commitment, names its action");
		}
	}

	public static StakeholderFact attended(StakeholderId stakeholderId) {
		return new StakeholderFact(stakeholderId, FactKind.ATTENDED, null, null);
	}

	/**
	 * A recap's topic on one line, cut to {@link #MAX_TOPIC_LENGTH} if a model wrote a
	 * longer one.
	 * @throws IllegalArgumentException for a blank topic
	 */
	public static StakeholderFact topic(StakeholderId stakeholderId, String topic) {
		String line = topic.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
		String bounded = (line.length() <= MAX_TOPIC_LENGTH) ? line : line.substring(0, MAX_TOPIC_LENGTH).strip();
		return new StakeholderFact(stakeholderId, FactKind.TOPIC, bounded, null);
	}

	public static StakeholderFact commitment(StakeholderId stakeholderId, ActionItemId action) {
		return new StakeholderFact(stakeholderId, FactKind.COMMITMENT, null, action);
	}

}
