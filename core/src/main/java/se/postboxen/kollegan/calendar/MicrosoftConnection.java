package se.postboxen.kollegan.calendar;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

/**
 * A user's Microsoft 365 calendar as Kollegan follows it: the change-notification
 * subscription (with the secret Microsoft echoes in every notification) and where the
 * last delta query ended, and when that delta round began.
 */
public record MicrosoftConnection(TenantId tenantId, UserId userId, String subscriptionId, String clientState,
		Instant expiresAt, @Nullable String deltaLink, @Nullable Instant deltaStartedAt) {

	public MicrosoftConnection {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(subscriptionId, "subscriptionId");
		Objects.requireNonNull(clientState, "clientState");
		Objects.requireNonNull(expiresAt, "expiresAt");
	}

	@Override
	public String toString() {
		return "MicrosoftConnection[" + this.tenantId + ", " + this.userId + ", " + this.subscriptionId + "]";
	}

}
