package se.postboxen.kollegan.procurement;

import org.jspecify.annotations.Nullable;

/**
 * A limit the value was held against.
 *
 * @param threshold the dated limit on record, absent when none is for the date
 * @param reached whether the value reaches it (for the direct-award limit: exceeds it);
 * absent when it could not be compared
 */
public record ThresholdFinding(ThresholdKind kind, @Nullable Threshold threshold, @Nullable Boolean reached,
		Basis basis) {

}
