package se.postboxen.kollegan.brief;

import java.time.Instant;
import java.util.Objects;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A brief for one meeting, as Markdown in the meeting's language.
 *
 * @param language BCP 47 tag, {@code sv} or {@code en}
 */
public record Brief(BriefId id, TenantId tenantId, MeetingId meetingId, BriefKind kind, String language, String content,
		Instant preparedAt) {

	public static final int MAX_CONTENT_LENGTH = 100_000;

	public Brief {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(kind, "kind");
		language = Text.required(language, "language", 10);
		content = Text.required(content, "content", MAX_CONTENT_LENGTH);
		Objects.requireNonNull(preparedAt, "preparedAt");
	}

}
