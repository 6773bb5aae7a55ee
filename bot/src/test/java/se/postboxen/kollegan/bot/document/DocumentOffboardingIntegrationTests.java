package se.postboxen.kollegan.bot.document;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.offboarding.TenantOffboarding;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.document.DocumentCopilot;
import se.postboxen.kollegan.document.Uploader;
import se.postboxen.kollegan.offboarding.DeletionReceipt;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Delete everything" covers documents: a deleted tenant leaves no document row, counted
 * in the receipt; a data-subject request leaves no document naming the person, who no
 * longer shows as the uploader.
 */
@KolleganIntegrationTest
class DocumentOffboardingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	DocumentCopilot copilot;

	@Autowired
	TenantOffboarding tenantOffboarding;

	@Test
	void aDeletedTenantLeavesNoDocumentAndTheReceiptCountsThem() {
		String slug = "kommun-y-" + UUID.randomUUID().toString().substring(0, 8);
		TenantId tenantId = TenantId.newId();
		this.tenants
			.save(new Tenant(tenantId, slug, "Kommun Y", ZoneId.of("Europe/Stockholm"), ConsentLevel.PLUS, null));
		Uploader yvonne = new Uploader("yvonne-subject", EmailAddress.of("yvonne@kommun-y.example"), "Yvonne Admin");
		this.copilot.upload(tenantId, yvonne, "avtal.txt", Contracts.E_ARCHIVE.getBytes(StandardCharsets.UTF_8));
		this.copilot.upload(tenantId, yvonne, "bilaga.txt",
				"Leverantören ska leverera.".getBytes(StandardCharsets.UTF_8));
		KolleganUser admin = new KolleganUser(tenantId, "yvonne-subject", yvonne.email(), "Yvonne Admin",
				Set.of(Role.ADMIN));

		DeletionReceipt receipt = this.tenantOffboarding.confirm(admin, this.tenantOffboarding.ask(admin).token())
			.orElseThrow();

		assertThat(receipt.removed()).containsEntry("document", 2L).containsEntry("tenant", 1L);
		assertThat(rowsMentioning(tenantId.value().toString())).singleElement()
			.satisfies(row -> assertThat(row).startsWith("audit_event:").contains("offboarded.tenant"));
		assertThat(rowsMentioning("yvonne@kommun-y.example")).isEmpty();
	}

	@Test
	void aDataSubjectRequestLeavesNoDocumentNamingThePerson() {
		TenantId demoA = this.tenants.findBySlug("demo-a").orElseThrow().id();
		String email = "ulla.upp." + UUID.randomUUID().toString().substring(0, 8) + "@kommun-a.example";
		Uploader ulla = new Uploader("ulla-" + UUID.randomUUID(), EmailAddress.of(email), "Ulla Upp");
		this.copilot.upload(demoA, ulla, "avtal.txt",
				(Contracts.E_ARCHIVE + "Kontaktperson: Ulla Upp, " + email.toUpperCase() + ".\n")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(rowsMentioning(email)).isNotEmpty();

		JsonNode receipt = Api.json(Api.as(this.port, "demo-a-admin")
			.postJson("/api/admin/offboard/person", Api.toJson(Map.of("email", email))));

		assertThat(receipt.get("removed").get("document (uploaded by them)").asLong()).isEqualTo(1);
		assertThat(receipt.get("removed").get("document (naming them)").asLong()).isEqualTo(1);
		assertThat(rowsMentioning(email)).isEmpty();
	}

	/** Every row of every table whose text form contains the needle, in any case. */
	private List<String> rowsMentioning(String needle) {
		List<String> rows = new ArrayList<>();
		for (String table : this.jdbc
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
					+ "AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list()) {
			rows.addAll(this.jdbc
				.sql("SELECT '" + table + ":' || t::text FROM \"" + table
						+ "\" t WHERE strpos(lower(t::text), lower(:needle)) > 0")
				.param("needle", needle)
				.query(String.class)
				.list());
		}
		return rows;
	}

}
