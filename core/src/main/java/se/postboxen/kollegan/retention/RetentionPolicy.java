package se.postboxen.kollegan.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * One tenant's retention: the periods its administrator chose (every other kind keeps its
 * default) and whether a legal hold stops the sweep.
 *
 * @param chosen days per kind the tenant set, each within the kind's limits; one equal to
 * the kind's default is dropped
 */
public record RetentionPolicy(TenantId tenantId, Map<RetentionKind, Integer> chosen, @Nullable LegalHold legalHold) {

	public RetentionPolicy {
		Objects.requireNonNull(tenantId, "tenantId");
		chosen.forEach((kind, days) -> {
			if (!kind.allows(days)) {
				throw new IllegalArgumentException(kind.wireName() + " is " + kind.minDays() + " to " + kind.maxDays()
						+ " days" + (kind.settable() ? "" : ", and not set on its own"));
			}
		});
		// A period equal to the default is no choice: the tenant follows the default,
		// also when a later version changes it.
		chosen = chosen.entrySet()
			.stream()
			.filter(period -> period.getValue() != period.getKey().defaultDays())
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** A tenant that has set nothing: every default, no hold. */
	public static RetentionPolicy defaults(TenantId tenantId) {
		return new RetentionPolicy(tenantId, Map.of(), null);
	}

	/**
	 * The policy as stored, with a period outside today's limits (stored under earlier
	 * ones) read as the nearest limit.
	 */
	public static RetentionPolicy ofStored(TenantId tenantId, Map<RetentionKind, Integer> stored,
			@Nullable LegalHold legalHold) {
		Map<RetentionKind, Integer> chosen = new EnumMap<>(RetentionKind.class);
		stored.forEach((kind, days) -> {
			if (kind.settable()) {
				chosen.put(kind, kind.clamp(days));
			}
		});
		return new RetentionPolicy(tenantId, chosen, legalHold);
	}

	/**
	 * How long the kind is kept, in days: the tenant's choice or the default; for the
	 * meeting itself, the longest of the meeting-based periods.
	 */
	public int days(RetentionKind kind) {
		if (kind == RetentionKind.MEETING) {
			return Arrays.stream(RetentionKind.values())
				.filter(other -> other.meetingBased() && other.settable())
				.mapToInt(this::days)
				.max()
				.orElseThrow();
		}
		return this.chosen.getOrDefault(kind, kind.defaultDays());
	}

	/** Whether the tenant chose another period than the default. */
	public boolean setByTenant(RetentionKind kind) {
		return this.chosen.containsKey(kind);
	}

	/** Data of the kind from before this instant is past its period at {@code now}. */
	public Instant cutoff(RetentionKind kind, Instant now) {
		return now.minus(Duration.ofDays(days(kind)));
	}

}
