package se.postboxen.kollegan.bot.document;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleShop;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Juridik-Gunnar in the document copilot, through the API and the page: a data processing
 * agreement uploaded by the demo municipality is checked against GDPR article 28(3) and
 * the clauses an authority needs, each check naming its rule and quoting its passage;
 * with the module off the document reads exactly as before, without a legal check.
 */
@KolleganIntegrationTest
public class DocumentLegalChecksIntegrationTests {

	private static final Actor TEST = Actor.system("legal-test");

	public static final String PROCESSING_AGREEMENT = """
			PERSONUPPGIFTSBITRÄDESAVTAL

			Detta personuppgiftsbiträdesavtal har ingåtts mellan Kommun A (”Personuppgiftsansvarig”) och Molntjänst AB (”Personuppgiftsbiträdet”).
			Personuppgiftsbiträdet får endast behandla personuppgifterna enligt den Personuppgiftsansvariges dokumenterade instruktioner.
			Personuppgiftsbiträdet ska vidta alla tekniska och organisatoriska åtgärder som krävs enligt artikel 32.
			Personuppgiftsbiträdet får anlita underbiträden utan den Personuppgiftsansvariges godkännande.
			Personuppgifterna lagras i datacenter i USA.
			Avtalet ska tolkas och tillämpas i enlighet med engelsk rätt.
			""";

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	ModuleShop shop;

	@AfterEach
	void moduleOnAgain() {
		this.shop.change(this.tenants.findBySlug("demo-a").orElseThrow().id(), Module.JURIDIK_GUNNAR, true, TEST);
	}

	private static JsonNode check(JsonNode checks, String check) {
		return checks.valueStream()
			.filter(found -> found.get("check").asString().equals(check))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no check " + check + " in " + checks));
	}

	@Test
	void aProcessingAgreementIsCheckedRuleByRuleAndNotAtAllWithTheModuleOff() {
		Api member = Api.as(this.port, "demo-a-member");
		HttpResponse<String> uploaded = Uploads.upload(member,
				"pub-avtal-" + UUID.randomUUID().toString().substring(0, 8) + ".txt",
				PROCESSING_AGREEMENT.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.statusCode()).isEqualTo(201);
		String id = Api.json(uploaded).get("id").asString();
		assertThat(Api.json(uploaded).get("legalChecks")).as("checked as it is uploaded").isNotNull();

		JsonNode checks = Api.json(member.get("/api/documents/" + id)).get("legalChecks");

		JsonNode instructions = check(checks, "DPA_INSTRUCTIONS");
		assertThat(instructions.get("rule").asString()).isEqualTo("GDPR art. 28.3 a");
		assertThat(instructions.get("outcome").asString()).isEqualTo("PRESENT");
		assertThat(instructions.get("source").get("quote").asString())
			.startsWith("Personuppgiftsbiträdet får endast behandla personuppgifterna");
		JsonNode deletion = check(checks, "DPA_DELETION_OR_RETURN");
		assertThat(deletion.get("rule").asString()).isEqualTo("GDPR art. 28.3 g");
		assertThat(deletion.get("outcome").asString()).isEqualTo("MISSING");
		assertThat(deletion.has("source")).isFalse();
		assertThat(check(checks, "DPA_SUB_PROCESSORS").get("outcome").asString()).isEqualTo("FLAGGED");
		assertThat(check(checks, "THIRD_COUNTRY_TRANSFER").get("outcome").asString()).isEqualTo("FLAGGED");
		JsonNode law = check(checks, "GOVERNING_LAW");
		assertThat(law.get("outcome").asString()).isEqualTo("FLAGGED");
		assertThat(law.get("source").get("quote").asString()).contains("engelsk rätt");
		assertThat(check(checks, "LIABILITY_CAP").get("outcome").asString()).isEqualTo("MISSING");

		Browser astrid = new Browser(this.port);
		astrid.signIn("astrid.ek@kommun-a.example", "demo");
		String page = astrid.get("/documents/" + id).body();
		assertThat(page).contains("Juridisk granskning (Juridik-Gunnar)")
			.contains("GDPR art. 28.3 a")
			.contains("Behandling endast enligt dokumenterade instruktioner")
			.contains("Avtalet lyder inte under svensk lag.")
			.contains("Biträdet får anlita underbiträden utan den personuppgiftsansvariges godkännande.");

		this.shop.change(this.tenants.findBySlug("demo-a").orElseThrow().id(), Module.JURIDIK_GUNNAR, false, TEST);

		JsonNode without = Api.json(member.get("/api/documents/" + id));
		assertThat(without.has("legalChecks")).isFalse();
		assertThat(without.get("analysis").get("requirements")).as("the copilot's own findings stay").isNotEmpty();
		assertThat(astrid.get("/documents/" + id).body()).doesNotContain("Juridik-Gunnar")
			.doesNotContain("GDPR art. 28.3")
			.contains("Riskflaggor");
		HttpResponse<String> again = Uploads.upload(member, "pub-avtal-igen.txt",
				PROCESSING_AGREEMENT.getBytes(StandardCharsets.UTF_8));
		assertThat(Api.json(again).has("legalChecks")).isFalse();

		HttpResponse<String> answered = member.postJson("/api/documents/" + id + "/questions",
				Api.toJson(Map.of("question", "Var lagras personuppgifterna?")));
		JsonNode answer = Api.json(answered);
		assertThat(answer.get("answeredBy").asString()).as("no language model here").isEqualTo("retrieval");
		assertThat(answer.has("answer")).isFalse();
		assertThat(answer.get("passages").get(0).get("quote").asString()).contains("datacenter i USA");
	}

}
