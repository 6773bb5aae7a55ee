package se.postboxen.kollegan.bot.procurement.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's API over HTTP with a real token: a full simulation whose every figure
 * names its rule, the thresholds of a date with their sources, and bad input answered 400
 * naming each field.
 */
@KolleganIntegrationTest
class ProcurementApiIntegrationTests {

	@LocalServerPort
	int port;

	/**
	 * A municipality buying services for exactly the 2024–2025 threshold, tenders and
	 * decision electronic, two bids under relative scoring.
	 */
	private static Map<String, Object> atTheThreshold() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("buyerType", "OTHER_AUTHORITY");
		body.put("contractType", "SERVICES");
		body.put("estimatedValueSek", 2_389_585);
		body.put("procurementDate", "2025-03-03");
		body.put("durationMonths", 24);
		body.put("electronicSubmission", true);
		body.put("electronicNotice", true);
		body.put("evaluationDays", 13);
		body.put("evaluation",
				Map.of("model", "PRICE_QUALITY_RELATIVE", "priceWeight", 60, "bids",
						List.of(Map.of("bidder", "A", "price", 100000, "quality", 8),
								Map.of("bidder", "B", "price", 80000, "quality", 4))));
		return body;
	}

	private static JsonNode named(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (value.equals(node.get(field).asString())) {
				return node;
			}
		}
		throw new AssertionError("no " + field + " " + value + " in " + array);
	}

	private static List<String> errorFields(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		List<String> fields = new ArrayList<>();
		Api.json(response).get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

	@Test
	void simulatesAProcurementAndNamesTheRuleOfEveryFigure() {
		Api member = Api.as(this.port, "demo-a-member");

		HttpResponse<String> response = member.postJson("/api/procurement/simulations", Api.toJson(atTheThreshold()));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode result = Api.json(response);
		assertThat(result.get("law").asString()).isEqualTo("LOU");
		assertThat(result.get("regime").asString()).isEqualTo("ABOVE_EU_THRESHOLD");
		JsonNode eu = named(result.get("thresholds"), "kind", "EU_THRESHOLD");
		assertThat(eu.get("amountSek").decimalValue()).isEqualByComparingTo("2389585");
		assertThat(eu.get("reached").asBoolean()).isTrue();
		assertThat(eu.get("basis").get("certainty").asString()).isEqualTo("CERTAIN");
		assertThat(eu.get("basis").get("rule").get("source").asString())
			.startsWith("https://www.upphandlingsmyndigheten.se/");
		JsonNode open = named(result.get("timeLimits"), "procedure", "OPEN");
		assertThat(open.get("days").asInt()).isEqualTo(30);
		assertThat(open.get("reducedBy").asString()).isEqualTo("ELECTRONIC_SUBMISSION");
		assertThat(open.get("basis").get("rule").get("citation").asString()).isEqualTo("LOU 11 kap. 6 §");
		JsonNode negotiated = named(result.get("procedures"), "procedure", "NEGOTIATED_WITH_NOTICE");
		assertThat(negotiated.get("conditional").asBoolean()).isTrue();
		assertThat(negotiated.get("basis").get("caveat").get("text").asString()).contains("villkor");
		// 3 March + 30 = 2 April; + 13 = 15 April; + 10 = Friday 25 April.
		assertThat(result.get("timelineProcedure").asString()).isEqualTo("OPEN");
		JsonNode standstill = named(result.get("timeline"), "milestone", "STANDSTILL_ENDS");
		assertThat(standstill.get("date").asString()).isEqualTo("2025-04-25");
		assertThat(standstill.get("basis").get("rule").get("citation").asString()).isEqualTo("LOU 20 kap. 1–2 §§");
		JsonNode evaluation = result.get("evaluation");
		assertThat(evaluation.get("ranking").get(0).get("bidder").asString()).isEqualTo("A");
		assertThat(evaluation.get("runnerUp").get("bidder").asString()).isEqualTo("B");
		assertThat(evaluation.get("runnerUp").get("changeSek").decimalValue()).isEqualByComparingTo("6666.67");
		assertThat(evaluation.get("runnerUp").get("changePercent").decimalValue()).isEqualByComparingTo("8.33");
		assertThat(evaluation.get("basis").get("rule").get("kind").asString()).isEqualTo("MODEL");
		assertThat(evaluation.get("basis").get("rule").get("text").asString()).contains("lägsta pris ÷ pris");
	}

	@Test
	void answersInEnglishOnRequestAndSaysWhatItDoesNotKnow() {
		Map<String, Object> body = atTheThreshold();
		body.put("procurementDate", "2026-01-01");
		body.remove("evaluation");

		JsonNode result = Api.json(Api.as(this.port, "demo-a-auditor")
			.postJson("/api/procurement/simulations", Api.toJson(body), "Accept-Language", "en"));

		assertThat(result.get("regime").asString()).isEqualTo("UNKNOWN");
		JsonNode eu = named(result.get("thresholds"), "kind", "EU_THRESHOLD");
		assertThat(eu.get("amountSek").isNull()).isTrue();
		assertThat(eu.get("amountEur").decimalValue()).isEqualByComparingTo("216000");
		assertThat(eu.get("basis").get("certainty").asString()).isEqualTo("UNCERTAIN");
		assertThat(eu.get("basis").get("caveat").get("code").asString()).isEqualTo("SEK_VALUE_UNKNOWN");
		assertThat(eu.get("basis").get("caveat").get("text").asString()).contains("SEK amount");
		assertThat(result.get("evaluation").isNull()).isTrue();
	}

	@Test
	void refusesBadInputNamingEachField() {
		Api admin = Api.as(this.port, "demo-a-admin");
		Map<String, Object> body = atTheThreshold();
		body.remove("buyerType");
		body.put("estimatedValueSek", -5);
		body.put("durationMonths", 0);

		assertThat(errorFields(admin.postJson("/api/procurement/simulations", Api.toJson(body)))).contains("buyerType",
				"estimatedValueSek", "durationMonths");

		Map<String, Object> weightless = atTheThreshold();
		weightless.put("evaluation", Map.of("model", "PRICE_QUALITY_ABSOLUTE", "bids",
				List.of(Map.of("bidder", "A", "price", 1, "quality", 11))));
		assertThat(errorFields(admin.postJson("/api/procurement/simulations", Api.toJson(weightless)))).contains(
				"evaluation.priceWeight", "evaluation.priceFloor", "evaluation.priceCeiling",
				"evaluation.bids[0].quality");

		Map<String, Object> unknown = atTheThreshold();
		unknown.put("buyerType", "KING");
		assertThat(errorFields(admin.postJson("/api/procurement/simulations", Api.toJson(unknown))))
			.containsExactly("buyerType");

		Map<String, Object> distant = atTheThreshold();
		distant.put("procurementDate", "2150-01-01");
		assertThat(errorFields(admin.postJson("/api/procurement/simulations", Api.toJson(distant))))
			.containsExactly("procurementDate");
	}

	@Test
	void listsTheThresholdsOfADateWithTheirSources() {
		Api member = Api.as(this.port, "demo-a-member");

		JsonNode in2025 = Api.json(member.get("/api/procurement/thresholds?date=2025-12-31"));
		JsonNode in2026 = Api.json(member.get("/api/procurement/thresholds?date=2026-01-01"));

		assertThat(in2025.get("date").asString()).isEqualTo("2025-12-31");
		assertThat(in2025.get("thresholds")).hasSize(23);
		JsonNode first = in2025.get("thresholds").get(0);
		assertThat(first.get("legalBasis").asString()).isNotBlank();
		assertThat(first.get("source").asString()).startsWith("http");
		assertThat(in2026.get("thresholds")).hasSize(12);
		in2026.get("thresholds").forEach(threshold -> assertThat(threshold.get("amountSek").isNull()).isTrue());
		assertThat(member.get("/api/procurement/thresholds").statusCode()).isEqualTo(200);
		assertThat(errorFields(member.get("/api/procurement/thresholds?date=31-12-2025"))).containsExactly("date");
	}

}
