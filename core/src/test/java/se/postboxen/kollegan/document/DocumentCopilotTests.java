package se.postboxen.kollegan.document;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.module.InMemoryTenantModules;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Upload, question, legal checks and deletion as use cases, with the extractor reading
 * bytes as UTF-8 text, the stores in memory, and a writer that answers as a test tells
 * it.
 */
class DocumentCopilotTests {

	static final TenantId TENANT = TenantId.newId();

	static final Uploader ERIK = new Uploader("erik-sub", EmailAddress.of("erik.lund@kommun-a.example"), "Erik Lund");

	final Map<DocumentId, Document> kept = new LinkedHashMap<>();

	final List<AuditEvent> audit = new ArrayList<>();

	final InMemoryTenantModules modules = new InMemoryTenantModules();

	/** What the writer was given, and what it answers. */
	final List<List<Passage>> given = new ArrayList<>();

	@Nullable WrittenAnswer written;

	final DocumentCopilot copilot = new DocumentCopilot(
			content -> new DocumentText("text/plain", null, new String(content, StandardCharsets.UTF_8)),
			new InMemoryDocuments(), new ExtractionLimits(2000, 10, 10_000, java.time.Duration.ofSeconds(5), 100, 1000),
			(tenantId, documentId, question, passages) -> {
				this.given.add(passages);
				return Optional.ofNullable(this.written);
			}, this.modules, new RecordingAudit(), Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

	@Test
	void keepsTheTextAndWhatWasFoundAndAuditsWithoutTheName() {
		Document document = this.copilot.upload(TENANT, ERIK, "C:\\Users\\erik\\Avtal\u0000 e-arkiv.txt",
				DocumentAnalysisTests.SWEDISH.substring(0, 900).getBytes(StandardCharsets.UTF_8));

		assertThat(this.kept).containsKey(document.id());
		assertThat(document.fileName()).isEqualTo("Avtal e-arkiv.txt");
		assertThat(document.analysis().parties()).isNotEmpty();
		assertThat(document.uploadedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
		assertThat(this.audit).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("document.uploaded");
			assertThat(event.subjectId()).isEqualTo(document.id().toString());
			assertThat(event.details().toString()).doesNotContain("Avtal");
		});
	}

	@Test
	void refusesAFileOverTheSizeLimitBeforeReadingIt() {
		assertThatExceptionOfType(DocumentRefusedException.class)
			.isThrownBy(() -> this.copilot.upload(TENANT, ERIK, "stor.txt", new byte[2001]))
			.satisfies(refused -> {
				assertThat(refused.reason()).isEqualTo(DocumentRefusedException.Reason.TOO_LARGE);
				assertThat(refused.limit()).isEqualTo(2000);
			});
		assertThat(this.kept).isEmpty();
	}

	@Test
	void refusesAFileWithoutText() {
		assertThatExceptionOfType(DocumentRefusedException.class)
			.isThrownBy(() -> this.copilot.upload(TENANT, ERIK, "tom.txt", " \n ".getBytes(StandardCharsets.UTF_8)))
			.satisfies(refused -> assertThat(refused.reason()).isEqualTo(DocumentRefusedException.Reason.NO_TEXT));
	}

	@Test
	void answersAQuestionWithThePassagesThatFitBest() {
		Document document = this.copilot.upload(TENANT, ERIK, "avtal.txt",
				DocumentAnalysisTests.SWEDISH.substring(0, 990).getBytes(StandardCharsets.UTF_8));

		Answer answer = this.copilot.ask(document, "Hur lång är uppsägningstiden?");

		assertThat(answer.passages()).isNotEmpty().hasSizeLessThanOrEqualTo(DocumentCopilot.PASSAGES_PER_ANSWER);
		assertThat(answer.passages().get(0).quote()).contains("tre månaders uppsägningstid");
		assertThat(answer.written()).as("the writer wrote nothing").isNull();
		assertThat(this.copilot.ask(document, "Vad kostar det per timme?").passages().get(0).quote())
			.contains("1 150 kr per timme");
	}

	@Test
	void aWrittenAnswerComesWithThePassagesItWasWrittenFromAndNothingElse() {
		Document document = this.copilot.upload(TENANT, ERIK, "avtal.txt",
				DocumentAnalysisTests.SWEDISH.substring(0, 990).getBytes(StandardCharsets.UTF_8));
		this.written = new WrittenAnswer("Uppsägningstiden är tre månader [1].", List.of(1), "gpt-4o-mini");

		Answer answer = this.copilot.ask(document, "Hur lång är uppsägningstiden?");

		assertThat(answer.written()).isEqualTo(this.written);
		assertThat(this.given).singleElement()
			.satisfies(passages -> assertThat(passages).hasSizeLessThanOrEqualTo(DocumentCopilot.PASSAGES_TO_WRITE_FROM)
				.isEqualTo(answer.passages()));
		assertThat(answer.passages().get(0).quote()).contains("tre månaders uppsägningstid");
	}

	@Test
	void nothingFoundIsNotSentToTheWriter() {
		Document document = this.copilot.upload(TENANT, ERIK, "avtal.txt",
				"Leverantören ska leverera.".getBytes(StandardCharsets.UTF_8));
		this.written = new WrittenAnswer("Det vet jag inte [1].", List.of(1), "gpt-4o-mini");

		Answer answer = this.copilot.ask(document, "Vad gäller för vädret?");

		assertThat(answer.passages()).isEmpty();
		assertThat(answer.written()).isNull();
		assertThat(this.given).isEmpty();
	}

	@Test
	void anAnswerCitesOnlyThePassagesItWasGiven() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Answer("Vad?", List.of(new Passage(0, 5, "Avtal")),
				new WrittenAnswer("Se [2].", List.of(2), "gpt-4o-mini")));
	}

	@Test
	void legalChecksAreReadOnlyForATenantWithJuridikGunnar() {
		Document document = this.copilot.upload(TENANT, ERIK, "avtal.txt",
				DocumentAnalysisTests.SWEDISH.getBytes(StandardCharsets.UTF_8));

		assertThat(this.copilot.legalChecks(document)).isEmpty();

		this.modules.on(TENANT, Module.JURIDIK_GUNNAR);

		assertThat(this.copilot.legalChecks(document)).hasValueSatisfying(checks -> assertThat(checks).isNotEmpty());
	}

	@Test
	void aQuestionMustSaySomethingAndNotTooMuch() {
		Document document = this.copilot.upload(TENANT, ERIK, "avtal.txt",
				"Leverantören ska leverera.".getBytes(StandardCharsets.UTF_8));

		assertThatIllegalArgumentException().isThrownBy(() -> this.copilot.ask(document, "  "));
		assertThatIllegalArgumentException().isThrownBy(() -> this.copilot.ask(document, "x".repeat(501)));
		assertThat(this.copilot.ask(document, "Vad gäller för vädret?").passages()).isEmpty();
	}

	@Test
	void deletesAndAuditsOnce() {
		Document document = this.copilot.upload(TENANT, ERIK, "avtal.txt",
				"Leverantören ska leverera.".getBytes(StandardCharsets.UTF_8));

		this.copilot.delete(document, Actor.user("astrid-sub"));
		this.copilot.delete(document, Actor.user("astrid-sub"));

		assertThat(this.kept).isEmpty();
		assertThat(this.audit).extracting(AuditEvent::action).containsExactly("document.uploaded", "document.deleted");
	}

	@Test
	void theSamePersonIsKnownByIdOrAddress() {
		assertThat(ERIK.isSame(new Uploader("other-sub", EmailAddress.of("erik.lund@kommun-a.example"), "E"))).isTrue();
		assertThat(ERIK.isSame(new Uploader("erik-sub", null, "E"))).isTrue();
		assertThat(ERIK.isSame(new Uploader("astrid-sub", null, "Astrid"))).isFalse();
	}

	private final class InMemoryDocuments implements Documents {

		@Override
		public void save(Document document) {
			DocumentCopilotTests.this.kept.put(document.id(), document);
		}

		@Override
		public Optional<Document> findById(TenantId tenantId, DocumentId id) {
			return Optional.ofNullable(DocumentCopilotTests.this.kept.get(id))
				.filter(document -> document.tenantId().equals(tenantId));
		}

		@Override
		public List<DocumentSummary> list(TenantId tenantId, @Nullable Uploader uploadedBy, int limit) {
			return DocumentCopilotTests.this.kept.values()
				.stream()
				.map(document -> new DocumentSummary(document.id(), document.fileName(), document.mediaType(),
						document.pages(), document.text().length(), document.uploader(), document.uploadedAt(),
						document.analysis().requirements().size(), document.analysis().risks().size()))
				.toList();
		}

		@Override
		public boolean delete(TenantId tenantId, DocumentId id) {
			return DocumentCopilotTests.this.kept.remove(id) != null;
		}

	}

	private final class RecordingAudit implements AuditLog {

		@Override
		public void record(AuditEvent event) {
			DocumentCopilotTests.this.audit.add(event);
		}

		@Override
		public List<AuditEvent> recent(TenantId tenantId, int limit) {
			return DocumentCopilotTests.this.audit;
		}

	}

}
