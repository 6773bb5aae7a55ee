package se.postboxen.kollegan.adapter.slack;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.MeetingId;

/**
 * What a consent button carries back when clicked: its {@code value},
 * {@code {"meetingId": …, "level": …}}, written by {@link ButtonValue}.
 */
record ConsentButton(MeetingId meetingId, ConsentLevel level) {

	static final String ACCEPT = "consent_accept";

	static final String DECLINE = "consent_decline";

	String value() {
		return ButtonValue.write("meetingId", this.meetingId.toString(), "level", this.level.name());
	}

	/** The button's value, or empty when it is not one Kollegan posted. */
	static Optional<ConsentButton> parse(@Nullable String value) {
		return ButtonValue.read(value).flatMap(members -> {
			try {
				return Optional.of(new ConsentButton(new MeetingId(UUID.fromString(members.get("meetingId"))),
						ConsentLevel.valueOf(members.get("level"))));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				return Optional.empty();
			}
		});
	}

}
