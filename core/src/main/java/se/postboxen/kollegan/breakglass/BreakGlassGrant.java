package se.postboxen.kollegan.breakglass;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Administrator rights one person took for a while, and why.
 *
 * @param subject the identity provider's id of the person, as their tokens carry it
 * @param reason in the person's own words; kept with the grant, never in logs or audit
 * details
 * @param endedAt when it was ended before its expiry (by the person or an administrator),
 * or when its expiry was recorded; {@code null} while it runs
 * @param endedBy who ended it; {@link BreakGlass#EXPIRY} when it ran out
 */
public record BreakGlassGrant(BreakGlassGrantId id, TenantId tenantId, String subject, String name,
		@Nullable EmailAddress email, String reason, Instant openedAt, Instant expiresAt, @Nullable Instant endedAt,
		@Nullable Actor endedBy) {

	public static final int MIN_REASON_LENGTH = 20;

	public static final int MAX_REASON_LENGTH = 1000;

	public BreakGlassGrant {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		subject = Text.required(subject, "subject", 200);
		name = Text.required(name, "name", 200);
		reason = Text.required(reason, "reason", MAX_REASON_LENGTH);
		Objects.requireNonNull(openedAt, "openedAt");
		Objects.requireNonNull(expiresAt, "expiresAt");
		if (!expiresAt.isAfter(openedAt)) {
			throw new IllegalArgumentException("a grant must expire after it opens");
		}
		if ((endedAt == null) != (endedBy == null)) {
			throw new IllegalArgumentException("an ended grant says when and by whom");
		}
	}

	/** Whether it gives rights at {@code at}: not ended, not expired. */
	public boolean activeAt(Instant at) {
		return this.endedAt == null && at.isBefore(this.expiresAt);
	}

	/** When the rights ended or will end. */
	public Instant end() {
		return (this.endedAt != null && this.endedAt.isBefore(this.expiresAt)) ? this.endedAt : this.expiresAt;
	}

	BreakGlassGrant endedAt(Instant at, Actor by) {
		return new BreakGlassGrant(this.id, this.tenantId, this.subject, this.name, this.email, this.reason,
				this.openedAt, this.expiresAt, at, by);
	}

}
