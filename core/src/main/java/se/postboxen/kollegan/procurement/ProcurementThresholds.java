package se.postboxen.kollegan.procurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The dated thresholds on record, with their sources. Global data, the same for every
 * tenant; changed by a migration when the Commission or the Riksdag changes them.
 */
public interface ProcurementThresholds {

	/** Every threshold in force on the date. */
	List<Threshold> inForce(LocalDate date);

	default Optional<Threshold> inForce(LocalDate date, ThresholdKind kind, BuyerType buyer, ContractType contract) {
		return inForce(date).stream().filter(threshold -> threshold.appliesTo(kind, buyer, contract)).findFirst();
	}

}
