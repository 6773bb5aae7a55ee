package se.postboxen.kollegan.recap;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/** Something the meeting decided. */
public record Decision(DecisionId id, TenantId tenantId, MeetingId meetingId, String text, @Nullable Person speaker,
		@Nullable TranscriptSpan source, Confidence confidence) {

	public static final int MAX_TEXT_LENGTH = 2000;

	public Decision {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		text = Text.required(text, "text", MAX_TEXT_LENGTH);
		Objects.requireNonNull(confidence, "confidence");
	}

}
