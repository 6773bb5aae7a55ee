package se.postboxen.kollegan.adapter.persistence.procurement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.procurement.BuyerType;
import se.postboxen.kollegan.procurement.ContractType;
import se.postboxen.kollegan.procurement.ProcurementThresholds;
import se.postboxen.kollegan.procurement.Threshold;
import se.postboxen.kollegan.procurement.ThresholdKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@StoreIntegrationTest
class JdbcProcurementThresholdsIntegrationTests {

	@Autowired
	ProcurementThresholds thresholds;

	@Autowired
	JdbcClient jdbc;

	private Threshold one(LocalDate date, ThresholdKind kind, BuyerType buyer, ContractType contract) {
		return this.thresholds.inForce(date, kind, buyer, contract).orElseThrow();
	}

	@Test
	void readsTheSeededThresholdsOfADateWithTheirSources() {
		Threshold municipalGoods = one(LocalDate.of(2025, 12, 31), ThresholdKind.EU_THRESHOLD,
				BuyerType.OTHER_AUTHORITY, ContractType.GOODS);

		assertThat(municipalGoods.amountSek()).isEqualByComparingTo("2389585");
		assertThat(municipalGoods.amountEur()).isEqualByComparingTo("221000");
		assertThat(municipalGoods.validFrom()).isEqualTo("2024-01-01");
		assertThat(municipalGoods.validTo()).isEqualTo("2025-12-31");
		assertThat(municipalGoods.legalBasis()).startsWith("LOU 5 kap.");
		assertThat(municipalGoods.source().getHost()).isEqualTo("www.upphandlingsmyndigheten.se");
		assertThat(
				one(LocalDate.of(2024, 1, 1), ThresholdKind.DIRECT_AWARD_LIMIT, BuyerType.UTILITY, ContractType.WORKS)
					.amountSek())
			.isEqualByComparingTo("1200000");
	}

	@Test
	void theNextPeriodBeginsOnNewYearsDayWithItsEuroAmountAndNoGuessedKronor() {
		Threshold works = one(LocalDate.of(2026, 1, 1), ThresholdKind.EU_THRESHOLD, BuyerType.STATE_AUTHORITY,
				ContractType.WORKS);

		assertThat(works.amountEur()).isEqualByComparingTo("5404000");
		assertThat(works.amountSek()).isNull();
		assertThat(works.source()).hasToString("http://data.europa.eu/eli/reg_del/2025/2152/oj");
		assertThat(this.thresholds.inForce(LocalDate.of(2026, 1, 1), ThresholdKind.DIRECT_AWARD_LIMIT,
				BuyerType.STATE_AUTHORITY, ContractType.GOODS))
			.isEmpty();
		assertThat(this.thresholds.inForce(LocalDate.of(2023, 12, 31))).isEmpty();
	}

	@Test
	void everyRowOfADateIsForADistinctBuyerAndContract() {
		List<Threshold> in2025 = this.thresholds.inForce(LocalDate.of(2025, 6, 1));

		assertThat(in2025).hasSize(23)
			.extracting(threshold -> threshold.kind() + "/" + threshold.buyer() + "/" + threshold.contract())
			.doesNotHaveDuplicates();
		assertThat(this.thresholds.inForce(LocalDate.of(2026, 6, 1))).hasSize(12);
	}

	@Test
	void refusesARowWithoutAnAmountOrASource() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql("""
				INSERT INTO procurement_threshold (kind, buyer_type, contract_type, valid_from, legal_basis, source_url)
				VALUES ('EU_THRESHOLD', 'UTILITY', 'GOODS', DATE '2030-01-01', 'LUF 5 kap.', 'https://example.org')
				""").update());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql("""
				INSERT INTO procurement_threshold (kind, buyer_type, contract_type, amount_sek, valid_from,
				    legal_basis, source_url)
				VALUES ('EU_THRESHOLD', 'UTILITY', 'GOODS', 1, DATE '2030-01-01', 'LUF 5 kap.', 'ftp://example.org')
				""").update());
	}

}
