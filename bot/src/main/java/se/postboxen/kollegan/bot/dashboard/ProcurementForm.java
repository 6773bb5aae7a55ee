package se.postboxen.kollegan.bot.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.procurement.Bid;
import se.postboxen.kollegan.procurement.BidEvaluation;
import se.postboxen.kollegan.procurement.BuyerType;
import se.postboxen.kollegan.procurement.ContractType;
import se.postboxen.kollegan.procurement.EstimatedValue;
import se.postboxen.kollegan.procurement.EvaluationModel;
import se.postboxen.kollegan.procurement.EvaluationTerms;
import se.postboxen.kollegan.procurement.Procedure;
import se.postboxen.kollegan.procurement.ProcurementCase;

/**
 * The simulator's form as a person fills it in: amounts as they write them (spaces
 * between thousands, a decimal comma), empty bid rows left out. Whatever is wrong is
 * named per field, in the page's words, and nothing is simulated.
 */
final class ProcurementForm {

	/** Bid rows the page offers; enough for most procurements without JavaScript. */
	static final int BID_ROWS = 6;

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,14}(\\.\\d{1,2})?");

	private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");

	private static final int MAX_BIDDER_LENGTH = 100;

	private final Map<String, String> form;

	private final Map<String, InvalidField> invalid = new LinkedHashMap<>();

	private @Nullable ProcurementCase procurementCase;

	private @Nullable EvaluationTerms terms;

	private final List<Bid> bids = new ArrayList<>();

	private ProcurementForm(Map<String, String> form) {
		this.form = form;
	}

	/** Whether the form was sent at all (a first visit has no fields). */
	static boolean submitted(Map<String, String> form) {
		return form.containsKey("buyerType");
	}

	static ProcurementForm read(Map<String, String> form) {
		ProcurementForm read = new ProcurementForm(form);
		read.readCase();
		read.readEvaluation();
		return read;
	}

	Map<String, InvalidField> invalid() {
		return this.invalid;
	}

	ProcurementCase procurementCase() {
		if (this.procurementCase == null) {
			throw new IllegalStateException("The form is invalid");
		}
		return this.procurementCase;
	}

	@Nullable EvaluationTerms terms() {
		return this.terms;
	}

	List<Bid> bids() {
		return List.copyOf(this.bids);
	}

	private void readCase() {
		BuyerType buyer = choice("buyerType", BuyerType.class, true);
		ContractType contract = choice("contractType", ContractType.class, true);
		BigDecimal value = amount("value", true);
		LocalDate date = date("date");
		Integer months = whole("durationMonths", 1, ProcurementCase.MAX_DURATION_MONTHS, true);
		Procedure procedure = choice("procedure", Procedure.class, false);
		Integer tenderDays = whole("tenderDays", 1, ProcurementCase.MAX_DAYS, false);
		Integer selectionDays = whole("selectionDays", 0, ProcurementCase.MAX_DAYS, false);
		Integer evaluationDays = whole("evaluationDays", 0, ProcurementCase.MAX_DAYS, false);
		if (buyer != null && contract != null && value != null && date != null && months != null
				&& this.invalid.isEmpty()) {
			this.procurementCase = new ProcurementCase(buyer, contract, new EstimatedValue(value), date, months,
					procedure, checked("electronicSubmission"), checked("priorInformationNotice"), checked("urgency"),
					checked("electronicNotice"), tenderDays, (selectionDays != null) ? selectionDays : 0,
					(evaluationDays != null) ? evaluationDays : 0);
		}
	}

	private void readEvaluation() {
		EvaluationModel model = choice("model", EvaluationModel.class, false);
		if (model == null) {
			return;
		}
		boolean scored = model == EvaluationModel.PRICE_QUALITY_RELATIVE
				|| model == EvaluationModel.PRICE_QUALITY_ABSOLUTE;
		BigDecimal weight = null;
		if (scored) {
			weight = amount("priceWeight", true);
			if (weight != null && (weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0)) {
				refuse("priceWeight", InvalidField.of("procurement.error.weight"));
				weight = null;
			}
		}
		BigDecimal floor = null;
		BigDecimal ceiling = null;
		if (model == EvaluationModel.PRICE_QUALITY_ABSOLUTE) {
			floor = amount("priceFloor", true);
			ceiling = amount("priceCeiling", true);
			if (floor != null && ceiling != null && ceiling.compareTo(floor) <= 0) {
				refuse("priceCeiling", InvalidField.of("procurement.error.floorCeiling"));
			}
		}
		for (int row = 1; row <= BID_ROWS; row++) {
			readBid(row, scored);
		}
		if (this.bids.isEmpty() && !this.invalid.containsKey("bidder1") && !this.invalid.containsKey("price1")) {
			refuse("bidder1", InvalidField.of("procurement.error.bids"));
		}
		if (this.invalid.isEmpty()) {
			this.terms = new EvaluationTerms(model, weight, floor, ceiling);
		}
	}

	private void readBid(int row, boolean scored) {
		String bidder = text("bidder" + row);
		String price = text("price" + row);
		String quality = text("quality" + row);
		if (bidder.isEmpty() && price.isEmpty() && quality.isEmpty()) {
			return;
		}
		if (bidder.isEmpty() || bidder.length() > MAX_BIDDER_LENGTH
				|| bidder.chars().anyMatch(Character::isISOControl)) {
			refuse("bidder" + row, InvalidField.of("procurement.error.bid"));
		}
		if (price.isEmpty()) {
			refuse("price" + row, InvalidField.of("procurement.error.bid"));
		}
		BigDecimal priceValue = amount("price" + row, false);
		BigDecimal qualityValue = amount("quality" + row, false);
		if (priceValue != null && priceValue.signum() <= 0) {
			refuse("price" + row, InvalidField.of("procurement.error.amount"));
			priceValue = null;
		}
		if (scored && qualityValue != null && qualityValue.compareTo(BidEvaluation.MAX_SCORE) > 0) {
			refuse("quality" + row, InvalidField.of("procurement.error.quality"));
			qualityValue = null;
		}
		if (!bidder.isEmpty() && priceValue != null && !this.invalid.containsKey("bidder" + row)
				&& !this.invalid.containsKey("quality" + row)) {
			this.bids.add(new Bid(bidder, priceValue, (qualityValue != null) ? qualityValue : BigDecimal.ZERO));
		}
	}

	private String text(String field) {
		String value = this.form.get(field);
		return (value != null) ? value.strip() : "";
	}

	private boolean checked(String field) {
		return this.form.containsKey(field);
	}

	private void refuse(String field, InvalidField problem) {
		this.invalid.putIfAbsent(field, problem);
	}

	private <E extends Enum<E>> @Nullable E choice(String field, Class<E> type, boolean required) {
		String value = text(field);
		if (value.isEmpty()) {
			if (required) {
				refuse(field, InvalidField.of("procurement.error.choice"));
			}
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		refuse(field, InvalidField.of("procurement.error.choice"));
		return null;
	}

	/**
	 * An amount as written in Swedish or English: spaces between thousands, comma or
	 * point.
	 */
	private @Nullable BigDecimal amount(String field, boolean required) {
		String value = text(field).replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
		if (value.isEmpty()) {
			if (required) {
				refuse(field, InvalidField.of("procurement.error.required"));
			}
			return null;
		}
		if (!AMOUNT.matcher(value).matches()) {
			refuse(field, InvalidField.of("procurement.error.amount"));
			return null;
		}
		return new BigDecimal(value);
	}

	private @Nullable Integer whole(String field, int min, int max, boolean required) {
		String value = text(field);
		if (value.isEmpty()) {
			if (required) {
				refuse(field, InvalidField.of("procurement.error.range", min, max));
			}
			return null;
		}
		if (!WHOLE.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
			refuse(field, InvalidField.of("procurement.error.range", min, max));
			return null;
		}
		return Integer.parseInt(value);
	}

	private @Nullable LocalDate date(String field) {
		try {
			LocalDate date = LocalDate.parse(text(field));
			if (!date.isBefore(ProcurementCase.EARLIEST_DATE) && !date.isAfter(ProcurementCase.LATEST_DATE)) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// Said below, as for a date out of range.
		}
		refuse(field, InvalidField.of("procurement.error.date"));
		return null;
	}

}
