package se.postboxen.kollegan.adapter.persistence.legal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.document.AnswerUsage;
import se.postboxen.kollegan.document.AnswerUsages;
import se.postboxen.kollegan.document.Document;
import se.postboxen.kollegan.document.DocumentAnalysis;
import se.postboxen.kollegan.document.DocumentId;
import se.postboxen.kollegan.document.Documents;
import se.postboxen.kollegan.document.Uploader;
import se.postboxen.kollegan.legal.LegalAnalyses;
import se.postboxen.kollegan.legal.LegalFinding;
import se.postboxen.kollegan.legal.LegalFinding.Kind;
import se.postboxen.kollegan.legal.MeetingLegalAnalysis;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.offboarding.PersonalData;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A meeting's legal analysis comes back as it was kept and is replaced whole; it goes
 * with the meeting's content, the meeting and the tenant, counted; a person's words leave
 * it, found by address or by the name the meeting knows them by. What questions about
 * documents cost is kept beside recaps' costs and outlives the document.
 */
@StoreIntegrationTest
class JdbcLegalAnalysesIntegrationTests {

	static final Person ERIK = Person.of("Erik Berg", "erik.berg@kommun-a.example");

	@Autowired
	LegalAnalyses analyses;

	@Autowired
	LegalAnalysisErasure erasure;

	@Autowired
	@Qualifier("jdbcPersonalData")
	PersonalData meetingStore;

	@Autowired
	AnswerUsages answerUsages;

	@Autowired
	Documents documents;

	@Autowired
	Tenants tenants;

	@Autowired
	Meetings meetings;

	@Autowired
	Transactions transactions;

	@Autowired
	JdbcClient jdbc;

	final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	TenantId tenant;

	MeetingId meeting;

	@BeforeEach
	void meeting() {
		this.tenant = TestTenants.create(this.tenants);
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Stockholm")).minusHours(2);
		this.meeting = this.meetings
			.save(Meeting.schedule(this.tenant, "Utbildningsnämndens arbetsutskott", null,
					URI.create("https://meet.google.com/abc-defg-hij"), start, start.plusHours(1),
					Person.of("Anna Lind", "anna.lind@kommun-a.example"), List.of(ERIK), ExternalIds.NONE, 0, null))
			.id();
	}

	private MeetingLegalAnalysis analysis(LegalFinding... findings) {
		return new MeetingLegalAnalysis(this.tenant, this.meeting, List.of(findings), this.now);
	}

	private static LegalFinding finding(Kind kind, String speaker, EmailAddress email, int seconds, String quote) {
		return new LegalFinding(kind, speaker, email, new TranscriptSpan(Duration.ofSeconds(seconds), quote));
	}

	@Test
	void anAnalysisComesBackAsItWasKeptAndIsReplacedWhole() {
		MeetingLegalAnalysis first = analysis(
				finding(Kind.DIRECT_AWARD, "Erik Berg", null, 10, "Kan vi inte direktupphandla det?"),
				finding(Kind.IDENTITY_NUMBERS, "Anna Lind", EmailAddress.of("anna.lind@kommun-a.example"), 62,
						"Registret innehåller elevernas personnummer."));
		this.analyses.save(first);

		assertThat(this.analyses.find(this.tenant, this.meeting)).contains(first);
		assertThat(this.analyses.find(TestTenants.create(this.tenants), this.meeting)).as("another tenant's").isEmpty();

		MeetingLegalAnalysis again = analysis();
		this.analyses.save(again);

		assertThat(this.analyses.find(this.tenant, this.meeting)).contains(again);
		this.analyses.delete(this.tenant, this.meeting);
		assertThat(this.analyses.find(this.tenant, this.meeting)).isEmpty();
	}

	@Test
	void goesWithTheMeetingsContentTheMeetingAndTheTenantCounted() {
		this.analyses.save(analysis(finding(Kind.APPEAL, "Erik Berg", null, 180, "Beslutet kan överklagas.")));

		assertThat(this.transactions.inTransaction(() -> this.erasure.eraseMeetingContent(this.tenant, this.meeting)))
			.containsEntry("legal_analysis", 1L);
		assertThat(this.analyses.find(this.tenant, this.meeting)).isEmpty();

		this.analyses.save(analysis());
		assertThat(this.transactions.inTransaction(() -> this.erasure.eraseMeeting(this.tenant, this.meeting)))
			.containsEntry("legal_analysis", 1L);

		this.analyses.save(analysis());
		assertThat(this.transactions.inTransaction(() -> this.erasure.eraseTenant(this.tenant)))
			.containsEntry("legal_analysis", 1L);
		assertThat(this.jdbc.sql("SELECT count(*) FROM legal_analysis WHERE tenant_id = :tenantId")
			.param("tenantId", this.tenant.value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPersonsWordsLeaveTheAnalysisByAddressOrByTheNameTheMeetingKnowsThemBy() {
		EmailAddress anna = EmailAddress.of("anna.lind@kommun-a.example");
		this.analyses.save(analysis(finding(Kind.DIRECT_AWARD, "Erik Berg", null, 10, "Kan vi direktupphandla?"),
				finding(Kind.SECRECY, "Anna Lind", anna, 30, "Det omfattas av sekretess."),
				finding(Kind.PUBLIC_ACCESS, "Sara Nilsson", null, 40,
						"Skriv inte ner det, fråga Erik.Berg@kommun-a.example."),
				finding(Kind.APPEAL, "Sara Nilsson", null, 50, "Beslutet kan överklagas.")));

		Map<String, Long> removed = this.transactions
			.inTransaction(() -> this.erasure.erasePerson(this.tenant, ERIK.email()));

		assertThat(removed).containsEntry("legal_analysis (their words)", 1L);
		assertThat(this.analyses.find(this.tenant, this.meeting).orElseThrow().findings())
			.as("Erik by the name the meeting knows him by, and the quote with his address")
			.extracting(LegalFinding::speaker, LegalFinding::kind)
			.containsExactly(tuple("Anna Lind", Kind.SECRECY), tuple("Sara Nilsson", Kind.APPEAL));

		this.transactions.inTransaction(() -> this.erasure.erasePerson(this.tenant, anna));

		assertThat(this.analyses.find(this.tenant, this.meeting).orElseThrow().findings())
			.extracting(LegalFinding::speaker)
			.containsExactly("Sara Nilsson");
	}

	@Test
	void whatAQuestionCostOutlivesItsDocument() {
		Document document = new Document(DocumentId.newId(), this.tenant, "avtal.txt", "text/plain", null,
				new Uploader("erik-sub", ERIK.email(), "Erik Berg"), this.now, "Avtalet gäller i tre år.",
				DocumentAnalysis.of("Avtalet gäller i tre år."));
		this.documents.save(document);

		this.answerUsages.record(new AnswerUsage(this.tenant, document.id(), "gpt-4o-mini", 420, 60,
				new BigDecimal("0.001056"), this.now));
		this.documents.delete(this.tenant, document.id());

		assertThat(this.jdbc
			.sql("SELECT cost_sek FROM model_usage WHERE tenant_id = :tenantId AND meeting_id IS NULL "
					+ "AND document_id IS NULL AND prompt_tokens = 420")
			.param("tenantId", this.tenant.value())
			.query(BigDecimal.class)
			.list()).containsExactly(new BigDecimal("0.001056"));
	}

}
