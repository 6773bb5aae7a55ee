package se.postboxen.kollegan.magiclink;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A stored magic link: the meeting it schedules, who made it, until when it works and
 * whether it has been used.
 *
 * @param createdBy the maker's subject, who the agent attends on behalf of
 */
public record MagicLink(UUID id, TenantId tenantId, String createdBy, @Nullable EmailAddress createdByEmail,
		String title, URI joinUrl, ZonedDateTime startsAt, ZonedDateTime endsAt, Instant expiresAt,
		@Nullable Instant usedAt) {

	public MagicLink {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		createdBy = Text.required(createdBy, "createdBy", 200);
		title = Text.required(title, "title", 200);
		Objects.requireNonNull(joinUrl, "joinUrl");
		Objects.requireNonNull(startsAt, "startsAt");
		Objects.requireNonNull(endsAt, "endsAt");
		Objects.requireNonNull(expiresAt, "expiresAt");
	}

	@Override
	public String toString() {
		return "MagicLink[" + this.id + "]";
	}

}
