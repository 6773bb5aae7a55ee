package se.postboxen.kollegan.adapter.persistence.document;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.document.Document;
import se.postboxen.kollegan.document.DocumentAnalysis;
import se.postboxen.kollegan.document.DocumentId;
import se.postboxen.kollegan.document.DocumentSummary;
import se.postboxen.kollegan.document.Documents;
import se.postboxen.kollegan.document.Uploader;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document comes back as it was kept, findings and passages included; lists are newest
 * first and per uploader; nothing crosses tenants; erasure counts what it removed.
 */
@StoreIntegrationTest
class JdbcDocumentsIntegrationTests {

	static final String CONTRACT = """
			Avtal mellan Kommun A, org.nr 212000-1421 (nedan kallad ”Beställaren”) och Arkivbolaget AB.
			Leverantören ska leverera senast den 15 maj 2026 till ett pris av 1 250 000 kronor.
			Avtalet förlängs automatiskt. Kontakt: erik.lund@kommun-a.example.
			""";

	static final Uploader ERIK = new Uploader("erik-sub", EmailAddress.of("erik.lund@kommun-a.example"), "Erik Lund");

	static final Uploader ASTRID = new Uploader("astrid-sub", EmailAddress.of("astrid.ek@kommun-a.example"),
			"Astrid Ek");

	@Autowired
	Tenants tenants;

	@Autowired
	Documents documents;

	@Autowired
	DocumentErasure erasure;

	@Autowired
	JdbcClient jdbc;

	TenantId tenant;

	@BeforeEach
	void tenant() {
		this.tenant = TestTenants.create(this.tenants);
	}

	private Document document(Uploader uploader, Instant at, String text) {
		return new Document(DocumentId.newId(), this.tenant, "avtal.pdf", "application/pdf", 3, uploader, at, text,
				DocumentAnalysis.of(text));
	}

	@Test
	void aDocumentComesBackAsItWasKept() {
		Document kept = document(ERIK, Instant.now().truncatedTo(ChronoUnit.MILLIS), CONTRACT);
		this.documents.save(kept);

		Document found = this.documents.findById(this.tenant, kept.id()).orElseThrow();

		assertThat(found).isEqualTo(kept);
		assertThat(found.analysis().parties()).isNotEmpty();
		assertThat(found.analysis().dates().get(0).date()).hasToString("2026-05-15");
		assertThat(found.analysis().amounts().get(0).value()).isEqualByComparingTo("1250000");
	}

	@Test
	void listsNewestFirstAndOnlyTheUploadersOwnWhenAsked() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Document older = document(ERIK, now.minusSeconds(60), CONTRACT);
		Document newer = document(ASTRID, now, "Leverantören bör leverera.");
		this.documents.save(older);
		this.documents.save(newer);

		assertThat(this.documents.list(this.tenant, null, 10)).extracting(DocumentSummary::id)
			.containsExactly(newer.id(), older.id());
		assertThat(this.documents.list(this.tenant, ERIK, 10)).singleElement().satisfies(summary -> {
			assertThat(summary.id()).isEqualTo(older.id());
			assertThat(summary.characters()).isEqualTo(CONTRACT.length());
			assertThat(summary.requirements()).isEqualTo(older.analysis().requirements().size());
			assertThat(summary.risks()).isEqualTo(1);
		});
		// The same person signed in another way (a new subject) is known by the address.
		assertThat(this.documents.list(this.tenant, new Uploader("other-sub", ERIK.email(), "Erik"), 10)).hasSize(1);
		assertThat(this.documents.list(this.tenant, null, 1)).hasSize(1);
	}

	@Test
	void anotherTenantNeitherFindsListsNorDeletesIt() {
		Document kept = document(ERIK, Instant.now(), CONTRACT);
		this.documents.save(kept);
		TenantId other = TestTenants.create(this.tenants);

		assertThat(this.documents.findById(other, kept.id())).isEmpty();
		assertThat(this.documents.list(other, null, 10)).isEmpty();
		assertThat(this.documents.delete(other, kept.id())).isFalse();
		assertThat(this.documents.delete(this.tenant, kept.id())).isTrue();
		assertThat(this.documents.findById(this.tenant, kept.id())).isEmpty();
	}

	@Test
	void aDataSubjectRequestUnlinksTheUploaderAndBlanksTheirAddress() {
		Document kept = document(ERIK, Instant.now(), CONTRACT.replace("erik.lund@", "Erik.Lund@"));
		this.documents.save(kept);
		this.documents.save(document(ASTRID, Instant.now(), "Inget om Erik här."));

		Map<String, Long> removed = this.erasure.erasePerson(this.tenant, ERIK.email());

		assertThat(removed).containsEntry("document (uploaded by them)", 1L)
			.containsEntry("document (naming them)", 1L);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM document t WHERE tenant_id = :tenant AND strpos(lower(t::text), :email) > 0")
			.param("tenant", this.tenant.value())
			.param("email", "erik.lund@kommun-a.example")
			.query(Long.class)
			.single()).isZero();
		Document found = this.documents.findById(this.tenant, kept.id()).orElseThrow();
		assertThat(found.text()).contains(DocumentErasure.ERASED_ADDRESS).contains("Arkivbolaget AB");
		assertThat(found.uploader().email()).isNull();
	}

	@Test
	void theTenantsErasureDeletesAndCountsItsDocuments() {
		this.documents.save(document(ERIK, Instant.now(), CONTRACT));
		this.documents.save(document(ASTRID, Instant.now(), CONTRACT));

		assertThat(this.erasure.eraseTenant(this.tenant)).containsEntry("document", 2L);
		assertThat(this.documents.list(this.tenant, null, 10)).isEmpty();
	}

}
