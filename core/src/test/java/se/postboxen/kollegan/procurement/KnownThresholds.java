package se.postboxen.kollegan.procurement;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The thresholds as the migration seeds them, kept in memory: 2024–2025 with SEK values,
 * 2026–2027 in euro only (their SEK values are not yet on record).
 */
final class KnownThresholds implements ProcurementThresholds {

	static final LocalDate FROM_2024 = LocalDate.of(2024, 1, 1);

	static final LocalDate TO_2025 = LocalDate.of(2025, 12, 31);

	static final LocalDate FROM_2026 = LocalDate.of(2026, 1, 1);

	static final LocalDate TO_2027 = LocalDate.of(2027, 12, 31);

	private static final URI LIST_2024 = URI.create(
			"https://www.upphandlingsmyndigheten.se/frageportalen/2904774/nya-beloppsgranser-for-2024-har-ar-listan/");

	private static final URI REGULATION_2025_2152 = URI.create("http://data.europa.eu/eli/reg_del/2025/2152/oj");

	private final List<Threshold> all = new ArrayList<>();

	KnownThresholds() {
		for (BuyerType buyer : List.of(BuyerType.STATE_AUTHORITY, BuyerType.OTHER_AUTHORITY)) {
			String goods = (buyer == BuyerType.STATE_AUTHORITY) ? "1546202" : "2389585";
			String goodsEur = (buyer == BuyerType.STATE_AUTHORITY) ? "143000" : "221000";
			String goods2026 = (buyer == BuyerType.STATE_AUTHORITY) ? "140000" : "216000";
			for (ContractType contract : List.of(ContractType.GOODS, ContractType.SERVICES)) {
				eu(buyer, contract, goods, goodsEur, goods2026);
				directAward(buyer, contract, "700000");
			}
			eu(buyer, ContractType.WORKS, "59880179", "5538000", "5404000");
			directAward(buyer, ContractType.WORKS, "700000");
			eu(buyer, ContractType.SOCIAL_SERVICES, "8109450", "750000", "750000");
			directAward(buyer, ContractType.SOCIAL_SERVICES, "8109450");
		}
		for (ContractType contract : List.of(ContractType.GOODS, ContractType.SERVICES)) {
			eu(BuyerType.UTILITY, contract, "4789982", "443000", "432000");
			directAward(BuyerType.UTILITY, contract, "1200000");
		}
		eu(BuyerType.UTILITY, ContractType.WORKS, "59880179", "5538000", "5404000");
		directAward(BuyerType.UTILITY, ContractType.WORKS, "1200000");
		eu(BuyerType.UTILITY, ContractType.SOCIAL_SERVICES, null, "1000000", "1000000");
	}

	private void eu(BuyerType buyer, ContractType contract, @Nullable String sek, String eur, String eur2026) {
		this.all
			.add(new Threshold(ThresholdKind.EU_THRESHOLD, buyer, contract, (sek != null) ? new BigDecimal(sek) : null,
					new BigDecimal(eur), FROM_2024, TO_2025, "EU-tröskelvärde 2024–2025", LIST_2024));
		this.all.add(new Threshold(ThresholdKind.EU_THRESHOLD, buyer, contract, null, new BigDecimal(eur2026),
				FROM_2026, TO_2027, "Kommissionens delegerade förordning (EU) 2025/2152", REGULATION_2025_2152));
	}

	private void directAward(BuyerType buyer, ContractType contract, String sek) {
		this.all.add(new Threshold(ThresholdKind.DIRECT_AWARD_LIMIT, buyer, contract, new BigDecimal(sek), null,
				FROM_2024, TO_2025, buyer.law() + " 19 a kap.", LIST_2024));
	}

	@Override
	public List<Threshold> inForce(LocalDate date) {
		return this.all.stream().filter(threshold -> threshold.inForceOn(date)).toList();
	}

}
