package se.postboxen.kollegan.procurement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the buyer tells the simulator.
 *
 * @param date the day the notice is sent (the procurement date the thresholds are taken
 * for)
 * @param durationMonths how long the contract runs, options included
 * @param procedure the procedure to draw the timeline for; absent for the usual one
 * @param electronicSubmission tenders and requests are received electronically
 * @param priorInformationNotice a prior information notice was published
 * @param urgency the buyer can substantiate urgency
 * @param electronicNotice the award decision is sent electronically (shorter standstill)
 * @param tenderDays the tender period the buyer means to give, if any
 * @param selectionDays days from the request deadline to the invitation to tender
 * @param evaluationDays days from the tender deadline to the award decision
 */
public record ProcurementCase(BuyerType buyer, ContractType contract, EstimatedValue value, LocalDate date,
		int durationMonths, @Nullable Procedure procedure, boolean electronicSubmission, boolean priorInformationNotice,
		boolean urgency, boolean electronicNotice, @Nullable Integer tenderDays, int selectionDays,
		int evaluationDays) {

	/** Bounds shared with the API's validation. */
	public static final int MAX_DURATION_MONTHS = 600;

	public static final int MAX_DAYS = 730;

	/** The dates the simulator answers for; no threshold is on record outside them. */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

	public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

	public ProcurementCase {
		if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
			throw new IllegalArgumentException("The date is from " + EARLIEST_DATE + " to " + LATEST_DATE);
		}
		if (durationMonths < 1 || durationMonths > MAX_DURATION_MONTHS) {
			throw new IllegalArgumentException("The duration is 1 to " + MAX_DURATION_MONTHS + " months");
		}
		if (tenderDays != null && (tenderDays < 1 || tenderDays > MAX_DAYS)) {
			throw new IllegalArgumentException("The tender period is 1 to " + MAX_DAYS + " days");
		}
		if (selectionDays < 0 || selectionDays > MAX_DAYS || evaluationDays < 0 || evaluationDays > MAX_DAYS) {
			throw new IllegalArgumentException("Days are 0 to " + MAX_DAYS);
		}
	}

	public Law law() {
		return this.buyer.law();
	}

}
