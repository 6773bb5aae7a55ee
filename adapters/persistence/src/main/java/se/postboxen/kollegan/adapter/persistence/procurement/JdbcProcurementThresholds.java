package se.postboxen.kollegan.adapter.persistence.procurement;

import java.net.URI;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.procurement.BuyerType;
import se.postboxen.kollegan.procurement.ContractType;
import se.postboxen.kollegan.procurement.ProcurementThresholds;
import se.postboxen.kollegan.procurement.Threshold;
import se.postboxen.kollegan.procurement.ThresholdKind;

/** The thresholds the migrations record; global rows, read by date. */
@Component
class JdbcProcurementThresholds implements ProcurementThresholds {

	private final JdbcClient jdbc;

	JdbcProcurementThresholds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Threshold> inForce(LocalDate date) {
		return this.jdbc.sql("""
				SELECT kind, buyer_type, contract_type, amount_sek, amount_eur, valid_from, valid_to, legal_basis,
				       source_url
				FROM procurement_threshold
				WHERE valid_from <= :date AND (valid_to IS NULL OR valid_to >= :date)
				ORDER BY kind, buyer_type, contract_type
				""").param("date", Date.valueOf(date)).query((rs, row) -> {
			Date validTo = rs.getDate("valid_to");
			return new Threshold(ThresholdKind.valueOf(rs.getString("kind")),
					BuyerType.valueOf(rs.getString("buyer_type")), ContractType.valueOf(rs.getString("contract_type")),
					rs.getBigDecimal("amount_sek"), rs.getBigDecimal("amount_eur"),
					rs.getDate("valid_from").toLocalDate(), (validTo != null) ? validTo.toLocalDate() : null,
					rs.getString("legal_basis"), URI.create(rs.getString("source_url")));
		}).list();
	}

}
