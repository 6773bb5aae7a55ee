package se.postboxen.kollegan.bot.legal;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleShop;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantSettings;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Juridik-Gunnar in meetings, end to end: a meeting of the demo municipality at consent
 * level Juridik gets its transcript uploaded, and its recap, in the API and on the
 * meeting page, carries the legal analysis for everyone who may read the recap and for no
 * one else; with the module off or at level Plus there is none, and a meeting recapped at
 * Plus is not even read; deleting the meeting deletes the analysis, counted in the
 * receipt.
 */
@KolleganIntegrationTest
public class MeetingLegalAnalysisIntegrationTests {

	private static final Actor TEST = Actor.system("legal-test");

	public static final String TRANSCRIPT = """
			Anna Lind: Välkomna till arbetsutskottet om det nya elevregistret.
			Erik Lund: Kan vi inte direktupphandla systemet? Då slipper vi annonsera.
			Anna Lind: Registret kommer att innehålla elevernas personnummer och uppgifter om diagnoser.
			Anna Lind: Vi beslutar att förvaltningen tar fram ett förfrågningsunderlag till mars.
			""";

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	TenantSettings tenantSettings;

	@Autowired
	ModuleShop shop;

	@Autowired
	JdbcClient jdbc;

	private Tenant before;

	@BeforeEach
	void atLevelJuridik() {
		this.before = this.tenants.findBySlug("demo-a").orElseThrow();
		level(ConsentLevel.JURIDIK);
	}

	@AfterEach
	void asBefore() {
		level(this.before.defaultConsentLevel());
		this.shop.change(this.before.id(), Module.JURIDIK_GUNNAR, true, TEST);
	}

	private void level(ConsentLevel level) {
		this.tenantSettings.change(this.before.id(), this.before.name(), this.before.timeZone(), level, TEST);
	}

	private long analyses(String meeting) {
		return this.jdbc.sql("SELECT count(*) FROM legal_analysis WHERE meeting_id = CAST(:id AS uuid)")
			.param("id", meeting)
			.query(Long.class)
			.single();
	}

	@Test
	void aMeetingAtLevelJuridikHasItsLegalAnalysisForThoseWhoReadItsRecap() {
		Api member = Api.as(this.port, "demo-a-member");
		String meeting = RecappedMeetings.at(member, TRANSCRIPT);
		String recap = "/api/agents/meetings/" + meeting + "/recap";

		JsonNode analysis = Api.json(member.get(recap)).get("legalAnalysis");

		assertThat(analysis).isNotNull();
		assertThat(analysis.get("analysedAt").asString()).isNotBlank();
		List<String> kinds = analysis.get("findings").valueStream().map(f -> f.get("kind").asString()).toList();
		assertThat(kinds).containsExactly("DIRECT_AWARD", "SPECIAL_CATEGORIES", "IDENTITY_NUMBERS");
		JsonNode direct = analysis.get("findings").get(0);
		assertThat(direct.get("rule").asString()).isEqualTo("LOU (2016:1145) 19 a kap.");
		assertThat(direct.get("speaker").asString()).isEqualTo("Erik Lund");
		assertThat(direct.get("quote").asString()).isEqualTo("Kan vi inte direktupphandla systemet?");
		assertThat(direct.get("at").asString()).matches("\\d{2}:\\d{2}:\\d{2}");
		assertThat(analysis.get("findings").get(2).get("rule").asString())
			.isEqualTo("Dataskyddslagen (2018:218) 3 kap. 10 §");

		for (String reader : List.of("demo-a-admin", "demo-a-auditor")) {
			assertThat(Api.json(Api.as(this.port, reader).get(recap)).get("legalAnalysis").get("findings")).as(reader)
				.hasSize(3);
		}
		HttpResponse<String> otherTenant = Api.as(this.port, "demo-b-admin").get(recap);
		assertThat(otherTenant.statusCode()).isEqualTo(404);
		assertThat(otherTenant.body()).doesNotContain("direktupphandla");

		Browser astrid = new Browser(this.port);
		astrid.signIn("astrid.ek@kommun-a.example", "demo");
		String page = astrid.get("/meetings/" + meeting).body();
		assertThat(page).contains("Juridisk analys (Juridik-Gunnar)")
			.contains("Direktupphandling")
			.contains("LOU (2016:1145) 19 a kap.")
			.contains("Kan vi inte direktupphandla systemet?")
			.contains("– Erik Lund");
	}

	@Test
	void withTheModuleOffOrAtLevelPlusThereIsNoLegalAnalysisAndAtPlusNoneIsRead() {
		Api member = Api.as(this.port, "demo-a-member");
		String meeting = RecappedMeetings.at(member, TRANSCRIPT);
		String recap = "/api/agents/meetings/" + meeting + "/recap";
		Browser astrid = new Browser(this.port);
		astrid.signIn("astrid.ek@kommun-a.example", "demo");
		assertThat(Api.json(member.get(recap)).has("legalAnalysis")).isTrue();

		this.shop.change(this.before.id(), Module.JURIDIK_GUNNAR, false, TEST);

		assertThat(Api.json(member.get(recap)).has("legalAnalysis")).as("module off").isFalse();
		assertThat(astrid.get("/meetings/" + meeting).body()).doesNotContain("Juridik-Gunnar")
			.doesNotContain("LOU (2016:1145)");

		this.shop.change(this.before.id(), Module.JURIDIK_GUNNAR, true, TEST);
		level(ConsentLevel.PLUS);

		assertThat(Api.json(member.get(recap)).has("legalAnalysis")).as("level Plus").isFalse();
		assertThat(astrid.get("/meetings/" + meeting).body()).doesNotContain("Juridik-Gunnar");

		String atPlus = RecappedMeetings.at(member, TRANSCRIPT);

		assertThat(Api.json(member.get("/api/agents/meetings/" + atPlus + "/recap")).has("legalAnalysis")).isFalse();
		assertThat(analyses(atPlus)).as("a meeting at Plus is not read at all").isZero();
	}

	@Test
	void deletingTheMeetingDeletesItsLegalAnalysisCountedInTheReceipt() {
		Api member = Api.as(this.port, "demo-a-member");
		String meeting = RecappedMeetings.at(member, TRANSCRIPT);
		assertThat(analyses(meeting)).isEqualTo(1);

		HttpResponse<String> deleted = member.postJson("/api/agents/meetings/" + meeting + "/offboard", "");

		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(Api.json(deleted).get("removed").get("legal_analysis").asLong()).isEqualTo(1);
		assertThat(analyses(meeting)).isZero();
	}

}
