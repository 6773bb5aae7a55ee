package se.postboxen.kollegan.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The document rules on contract text written for these tests, Swedish and English: each
 * finding is right and points at the sentence it came from.
 */
class DocumentAnalysisTests {

	static final String SWEDISH = """
			AVTAL OM DRIFT AV E-ARKIV

			1. Parter
			Detta avtal har slutits mellan Kommun A, org.nr 212000-1421 (nedan kallad ”Beställaren”) och Arkivbolaget AB, org.nr 556677-8899 (nedan kallad ”Leverantören”).

			2. Avtalstid
			Avtalet gäller från den 1 april 2026 till och med 2028-03-31. Avtalet förlängs därefter automatiskt med ett år i sänder om det inte sägs upp med tre månaders uppsägningstid.

			3. Pris och betalning
			Det fasta priset är 1 250 000 kronor per år exklusive moms. Tillkommande arbete debiteras med 1 150 kr per timme, dock högst 2,5 MSEK under avtalstiden.
			Betalning sker inom 30 dagar från fakturadatum.

			4. Krav på tjänsten
			Leverantören ska leverera en driftsplan senast den 15 maj 2026.
			Tjänsten skall vara tillgänglig 99,5 procent av tiden.
			Leverantören bör erbjuda utbildning på plats.
			Vid försening utgår förseningsvite om 5 000 kr per påbörjad vecka.

			5. Ansvar
			Leverantörens ansvar för skada är obegränsat vid grov vårdslöshet.

			6. Personuppgifter
			Leverantören kommer att behandla personuppgifter om kommunens invånare för Beställarens räkning.
			""";

	static final String ENGLISH = """
			SERVICES AGREEMENT

			This Agreement is made between Northwind Ltd (the "Customer") and Contoso Inc (the "Supplier").

			Customer: Northwind Ltd
			Supplier: Contoso Inc

			The Agreement starts on March 1, 2026 and the Supplier shall deliver the first release no later than 30 June 2026.
			The Agreement renews automatically for successive one-year terms unless either party gives 90 days' written notice.
			The fee is EUR 120,000 per year, and SEK 1,250,000 is paid for the migration.
			The Supplier must keep the service available during office hours.
			The Supplier should provide a named contact person.
			Should the Supplier fail to meet the deadline, liquidated damages of EUR 1,000 per day apply.
			The Supplier's liability shall be unlimited for breaches of confidentiality.
			The Supplier processes personal data on behalf of the Customer under the data processing agreement in Appendix 2.
			""";

	@Test
	void findsTheSwedishPartiesWithTheirRolesAndOrganisationNumbers() {
		DocumentAnalysis analysis = DocumentAnalysis.of(SWEDISH);

		assertThat(analysis.parties()).extracting(Party::name, Party::role, Party::organisationNumber)
			.containsExactly(tuple("Kommun A", "Beställaren", "212000-1421"),
					tuple("Arkivbolaget AB", "Leverantören", "556677-8899"));
		assertThat(analysis.parties().get(0).source().quote()).startsWith("Detta avtal har slutits mellan Kommun A");
		assertThat(
				SWEDISH.substring(analysis.parties().get(0).source().start(), analysis.parties().get(0).source().end()))
			.startsWith("Detta avtal");
	}

	@Test
	void findsTheEnglishPartiesFromTheOpeningAndTheLabels() {
		DocumentAnalysis analysis = DocumentAnalysis.of(ENGLISH);

		assertThat(analysis.parties()).extracting(Party::name, Party::role)
			.containsExactly(tuple("Northwind Ltd", "Customer"), tuple("Contoso Inc", "Supplier"));
	}

	@Test
	void anIdentityNumberOrANumberThatDoesNotCheckIsNoOrganisation() {
		DocumentAnalysis analysis = DocumentAnalysis
			.of("Kontaktperson Anna Svensson, 850101-1234, nås på telefon. Bolaget Beta AB, org.nr 556677-8890.");

		assertThat(analysis.parties()).isEmpty();
	}

	@Test
	void findsDatesAndTellsDeadlinesFromMentions() {
		DocumentAnalysis analysis = DocumentAnalysis.of(SWEDISH);

		assertThat(analysis.dates()).extracting(DateMention::date, DateMention::text, DateMention::deadline)
			.containsExactly(tuple(LocalDate.of(2026, 4, 1), "1 april 2026", false),
					tuple(LocalDate.of(2028, 3, 31), "2028-03-31", true),
					tuple(null, "tre månaders uppsägningstid", true), tuple(null, "inom 30 dagar", true),
					tuple(LocalDate.of(2026, 5, 15), "15 maj 2026", true));
		assertThat(analysis.deadlines()).hasSize(4);
		assertThat(analysis.dates().get(4).source().quote())
			.isEqualTo("Leverantören ska leverera en driftsplan senast den 15 maj 2026.");
	}

	@Test
	void readsEnglishDatesBothWaysRoundAndNoticePeriods() {
		DocumentAnalysis analysis = DocumentAnalysis.of(ENGLISH);

		assertThat(analysis.dates()).extracting(DateMention::date, DateMention::text, DateMention::deadline)
			.containsExactly(tuple(LocalDate.of(2026, 3, 1), "March 1, 2026", false),
					tuple(LocalDate.of(2026, 6, 30), "30 June 2026", true),
					tuple(null, "90 days' written notice", true));
	}

	@Test
	void findsAmountsAsSwedishAndEnglishWriteThem() {
		assertThat(DocumentAnalysis.of(SWEDISH).amounts()).extracting(Amount::value, Amount::currency, Amount::text)
			.containsExactly(tuple(new BigDecimal("1250000"), "SEK", "1 250 000 kronor"),
					tuple(new BigDecimal("1150"), "SEK", "1 150 kr"),
					tuple(new BigDecimal("2500000"), "SEK", "2,5 MSEK"),
					tuple(new BigDecimal("5000"), "SEK", "5 000 kr"));
		assertThat(DocumentAnalysis.of(ENGLISH).amounts()).extracting(Amount::value, Amount::currency)
			.containsExactly(tuple(new BigDecimal("120000"), "EUR"), tuple(new BigDecimal("1250000"), "SEK"),
					tuple(new BigDecimal("1000"), "EUR"));
	}

	@Test
	void aNumberWithoutACurrencyIsNoAmount() {
		assertThat(DocumentAnalysis.of("Tjänsten skall vara tillgänglig 99,5 procent av tiden under 2026.").amounts())
			.isEmpty();
	}

	@Test
	void splitsRequirementsIntoMandatoryAndDesirable() {
		DocumentAnalysis swedish = DocumentAnalysis.of(SWEDISH);

		assertThat(swedish.requirements(Requirement.Level.MANDATORY)).extracting(Requirement::keyword)
			.containsExactly("ska", "skall");
		assertThat(swedish.requirements(Requirement.Level.DESIRABLE)).extracting(r -> r.source().quote())
			.containsExactly("Leverantören bör erbjuda utbildning på plats.");

		DocumentAnalysis english = DocumentAnalysis.of(ENGLISH);
		assertThat(english.requirements(Requirement.Level.MANDATORY)).extracting(Requirement::keyword)
			.containsExactly("shall", "must", "shall");
		assertThat(english.requirements(Requirement.Level.DESIRABLE)).extracting(r -> r.source().quote())
			.as("'Should the Supplier fail' is a condition")
			.containsExactly("The Supplier should provide a named contact person.");
	}

	@Test
	void flagsTheSwedishRisksWhereTheyAreWritten() {
		DocumentAnalysis analysis = DocumentAnalysis.of(SWEDISH);

		assertThat(analysis.risks()).extracting(Risk::kind, risk -> risk.source().quote())
			.containsExactly(tuple(Risk.Kind.AUTOMATIC_RENEWAL,
					"Avtalet förlängs därefter automatiskt med ett år i sänder om det inte sägs upp med tre månaders uppsägningstid."),
					tuple(Risk.Kind.PENALTIES, "Vid försening utgår förseningsvite om 5 000 kr per påbörjad vecka."),
					tuple(Risk.Kind.UNLIMITED_LIABILITY,
							"Leverantörens ansvar för skada är obegränsat vid grov vårdslöshet."),
					tuple(Risk.Kind.PERSONAL_DATA_WITHOUT_AGREEMENT,
							"Leverantören kommer att behandla personuppgifter om kommunens invånare för Beställarens räkning."));
	}

	@Test
	void personalDataUnderAProcessingAgreementIsNoRisk() {
		DocumentAnalysis analysis = DocumentAnalysis.of(ENGLISH);

		assertThat(analysis.risks()).extracting(Risk::kind)
			.containsExactly(Risk.Kind.AUTOMATIC_RENEWAL, Risk.Kind.PENALTIES, Risk.Kind.UNLIMITED_LIABILITY);
		assertThat(
				DocumentAnalysis.of("Leverantören behandlar personuppgifter. Ett personuppgiftsbiträdesavtal bifogas.")
					.risks())
			.isEmpty();
	}

	@Test
	void anInvitationIsNoPenalty() {
		assertThat(DocumentAnalysis.of("We invite the Supplier to the kick-off meeting.").risks()).isEmpty();
	}

	@Test
	void summarisesWithTheDocumentsOwnSentencesInItsOrder() {
		DocumentAnalysis analysis = DocumentAnalysis.of(SWEDISH);

		assertThat(analysis.summary()).hasSizeBetween(3, DocumentAnalysis.MAX_SUMMARY_SENTENCES);
		List<Integer> starts = analysis.summary().stream().map(Passage::start).toList();
		assertThat(starts).isSorted();
		for (Passage passage : analysis.summary()) {
			assertThat(SWEDISH.substring(passage.start(), passage.end()).replaceAll("\\s+", " "))
				.isEqualTo(passage.quote());
		}
		assertThat(analysis.summary()).extracting(Passage::quote)
			.anyMatch(quote -> quote.startsWith("Detta avtal har slutits mellan"));
	}

	@Test
	void aLineWrappedInTheMiddleOfASentenceStaysOneSentence() {
		List<Sentence> sentences = Sentence.split("""
				Leverantören ska leverera
				en driftsplan, t.ex. enligt bilaga 3.2. Beställaren godkänner
				planen inom 10 dagar.
				3.1 Nästa punkt""");

		assertThat(sentences).extracting(Sentence::text)
			.containsExactly("Leverantören ska leverera en driftsplan, t.ex. enligt bilaga 3.2.",
					"Beställaren godkänner planen inom 10 dagar.", "3.1 Nästa punkt");
	}

	@Test
	void emptyTextFindsNothing() {
		DocumentAnalysis analysis = DocumentAnalysis.of("");

		assertThat(analysis.summary()).isEmpty();
		assertThat(analysis.parties()).isEmpty();
		assertThat(analysis.risks()).isEmpty();
	}

}
