package se.postboxen.kollegan.insight;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The meetings figures are counted over: the tenant's meetings starting in
 * {@code [from, to)}; with {@code concerning}, only those that concern that person
 * (organised, booked or attended by them), as a member sees meetings.
 *
 * @param zone where a week begins and ends
 */
public record InsightScope(TenantId tenantId, @Nullable EmailAddress concerning, Instant from, Instant to,
		ZoneId zone) {

	public InsightScope {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(zone, "zone");
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("from must be before to");
		}
	}

}
