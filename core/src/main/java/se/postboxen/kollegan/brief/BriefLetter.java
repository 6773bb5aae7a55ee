package se.postboxen.kollegan.brief;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * One brief on its way to one person.
 *
 * @param startsAt the meeting's start, in its own time zone
 * @param content the brief as stored (Markdown, headings in Swedish and English)
 * @param link the meeting's page in the dashboard, where the brief is kept
 */
public record BriefLetter(TenantId tenantId, EmailAddress to, @Nullable String toName, BriefKind kind,
		String meetingTitle, ZonedDateTime startsAt, String content, URI link) {

	public BriefLetter {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(meetingTitle, "meetingTitle");
		Objects.requireNonNull(startsAt, "startsAt");
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(link, "link");
	}

}
