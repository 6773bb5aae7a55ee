package se.postboxen.kollegan.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.document.LegalCheck.Check;
import se.postboxen.kollegan.document.LegalCheck.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Juridik-Gunnar's checks on contract text written for these tests, Swedish and English:
 * a complete Swedish data processing agreement, a weak English one, a Swedish service
 * contract without the clauses an authority needs, and a document that is no contract.
 * Every check names its rule and quotes the sentence it rests on, or says what is
 * missing.
 */
class LegalChecksTests {

	static final String SWEDISH_DPA = """
			PERSONUPPGIFTSBITRÄDESAVTAL

			1. Parter och bakgrund
			Detta personuppgiftsbiträdesavtal har ingåtts mellan Kommun A, org.nr 212000-1421 (”Personuppgiftsansvarig”) och Molntjänst AB, org.nr 556677-8899 (”Personuppgiftsbiträdet”).
			Avtalet gäller så länge Personuppgiftsbiträdet behandlar personuppgifter för den Personuppgiftsansvariges räkning.

			2. Behandlingen
			Behandlingen avser invånarnas ärenden i kommunens e-tjänster, och kategorier av registrerade är invånare och handläggare.

			3. Instruktioner
			Personuppgiftsbiträdet får endast behandla personuppgifterna enligt den Personuppgiftsansvariges dokumenterade instruktioner i bilaga 1.

			4. Konfidentialitet
			Personuppgiftsbiträdet ska säkerställa att personer med behörighet att behandla personuppgifterna har åtagit sig att iaktta konfidentialitet eller omfattas av lagstadgad tystnadsplikt.

			5. Säkerhet
			Personuppgiftsbiträdet ska vidta alla tekniska och organisatoriska åtgärder som krävs enligt artikel 32 i dataskyddsförordningen.

			6. Underbiträden
			Personuppgiftsbiträdet får inte anlita ett underbiträde utan föregående särskilt eller allmänt skriftligt godkännande av den Personuppgiftsansvarige.

			7. Den registrerades rättigheter
			Personuppgiftsbiträdet ska hjälpa den Personuppgiftsansvarige att fullgöra sin skyldighet att svara på begäran om utövande av den registrerades rättigheter.

			8. Bistånd
			Personuppgiftsbiträdet ska bistå den Personuppgiftsansvarige vid personuppgiftsincidenter, konsekvensbedömningar och förhandssamråd enligt artiklarna 32–36.

			9. Radering och återlämnande
			Personuppgiftsbiträdet ska, efter den Personuppgiftsansvariges val, radera eller återlämna alla personuppgifter senast 30 dagar efter avtalets upphörande.

			10. Granskning
			Personuppgiftsbiträdet ska ge den Personuppgiftsansvarige tillgång till all information som krävs för att visa att skyldigheterna har fullgjorts samt möjliggöra granskningar, inbegripet inspektioner.

			11. Överföring till tredjeland
			Personuppgifter får överföras till ett tredjeland endast om EU-kommissionens standardavtalsklausuler har ingåtts eller om landet har en adekvat skyddsnivå.

			12. Ansvar
			Vardera partens ansvar enligt detta avtal är begränsat till ett belopp motsvarande 500 000 kronor per skadetillfälle.

			13. Offentlighet och sekretess
			Parterna ska hålla konfidentiell information hemlig, med förbehåll för vad som följer av offentlighets- och sekretesslagen (2009:400) och tryckfrihetsförordningen.

			14. Tillämplig lag och tvister
			Svensk lag ska tillämpas på detta avtal.
			Tvist i anledning av avtalet ska avgöras av allmän domstol med Stockholms tingsrätt som första instans.
			""";

	static final String ENGLISH_DPA = """
			DATA PROCESSING ADDENDUM

			This Addendum is made between the City of Northvale (the "Customer") and Cloudline Inc. (the "Provider").

			1. Processing
			The Provider processes personal data only on the documented instructions of the Customer as controller.

			2. Security
			The Provider implements appropriate technical and organisational measures to protect the personal data.

			3. Sub-processors
			The Provider may engage sub-processors without the Customer's prior consent.

			4. Data location
			Customer data, including personal data, is stored in data centres in the United States.

			5. Liability
			The Provider's liability shall be unlimited for breaches of this Addendum.

			6. Confidentiality
			Each party shall keep the other party's information confidential notwithstanding any law on public access to official documents.

			7. Governing law and disputes
			This Addendum shall be governed by the laws of England and Wales.
			Any dispute arising out of this Addendum shall be finally settled by arbitration under the ICC Rules seated in London.
			""";

	static final String SWEDISH_SERVICES = """
			AVTAL OM KONSULTTJÄNSTER

			Detta avtal har slutits mellan Region Norr (”Beställaren”) och Konsultbolaget AB (”Leverantören”).
			Leverantören ska utföra utredningsuppdrag enligt bilaga 1.
			Leverantören får del av personuppgifter om patienter, men personuppgifterna får inte överföras till tredjeland.
			Parterna förbinder sig att inte röja konfidentiell information om den andra parten.
			Priset är 900 kronor per timme.
			""";

	static final String REQUIREMENTS = """
			KRAVSPECIFIKATION – ÄRENDEHANTERINGSSYSTEM

			Systemet ska kunna hantera minst 500 samtidiga användare.
			Leverantören bör erbjuda utbildning för handläggare.
			""";

	private static List<LegalCheck> checks(String text) {
		return LegalCues.in(text, Sentence.split(text));
	}

	private static LegalCheck check(List<LegalCheck> checks, Check check) {
		return checks.stream().filter(found -> found.check() == check).findFirst().orElseThrow();
	}

	@Test
	void aCompleteSwedishProcessingAgreementHasEveryElementArticle28Requires() {
		List<LegalCheck> checks = checks(SWEDISH_DPA);

		assertThat(checks).extracting(LegalCheck::check)
			.containsExactly(Check.DPA_PROCESSING, Check.DPA_INSTRUCTIONS, Check.DPA_CONFIDENTIALITY,
					Check.DPA_SECURITY, Check.DPA_SUB_PROCESSORS, Check.DPA_DATA_SUBJECT_RIGHTS, Check.DPA_ASSISTANCE,
					Check.DPA_DELETION_OR_RETURN, Check.DPA_AUDITS, Check.THIRD_COUNTRY_TRANSFER, Check.GOVERNING_LAW,
					Check.FORUM, Check.LIABILITY_CAP, Check.PUBLIC_ACCESS);
		assertThat(checks).allSatisfy(found -> {
			assertThat(found.outcome()).as(found.check().name()).isEqualTo(Outcome.PRESENT);
			assertThat(found.source()).as(found.check().name()).isNotNull();
			assertThat(SWEDISH_DPA.substring(found.source().start(), found.source().end()))
				.isEqualTo(found.source().quote());
		});
		assertThat(checks).extracting(LegalCheck::rule, check -> check.source().quote())
			.contains(
					tuple("GDPR art. 28.3 a",
							"Personuppgiftsbiträdet får endast behandla personuppgifterna enligt den "
									+ "Personuppgiftsansvariges dokumenterade instruktioner i bilaga 1."),
					tuple("GDPR art. 28.3 b",
							"Personuppgiftsbiträdet ska säkerställa att personer med behörighet att behandla "
									+ "personuppgifterna har åtagit sig att iaktta konfidentialitet eller omfattas av "
									+ "lagstadgad tystnadsplikt."),
					tuple("GDPR art. 28.3 c, art. 32",
							"Personuppgiftsbiträdet ska vidta alla tekniska och organisatoriska åtgärder som krävs "
									+ "enligt artikel 32 i dataskyddsförordningen."),
					tuple("GDPR art. 28.2, 28.3 d",
							"Personuppgiftsbiträdet får inte anlita ett underbiträde utan föregående särskilt eller "
									+ "allmänt skriftligt godkännande av den Personuppgiftsansvarige."),
					tuple("Rom I (EG) 593/2008 art. 3", "Svensk lag ska tillämpas på detta avtal."));
		assertThat(check(checks, Check.DPA_DATA_SUBJECT_RIGHTS).source().quote()).as("the clause, not its heading")
			.startsWith("Personuppgiftsbiträdet ska hjälpa");
		assertThat(check(checks, Check.DPA_DELETION_OR_RETURN).source().quote()).contains("radera eller återlämna");
		assertThat(check(checks, Check.DPA_AUDITS).source().quote()).contains("inspektioner");
		assertThat(check(checks, Check.DPA_ASSISTANCE).source().quote()).contains("personuppgiftsincidenter");
		assertThat(check(checks, Check.THIRD_COUNTRY_TRANSFER).source().quote()).contains("standardavtalsklausuler");
		assertThat(check(checks, Check.FORUM).source().quote()).contains("Stockholms tingsrätt");
		assertThat(check(checks, Check.LIABILITY_CAP).source().quote()).contains("begränsat till");
		assertThat(check(checks, Check.PUBLIC_ACCESS).source().quote()).contains("offentlighets- och sekretesslagen");
	}

	@Test
	void aWeakEnglishProcessingAgreementMissesElementsAndIsFlaggedWhereItGoesAgainstTheRules() {
		List<LegalCheck> checks = checks(ENGLISH_DPA);

		assertThat(checks).extracting(LegalCheck::check, LegalCheck::outcome)
			.containsExactly(tuple(Check.DPA_PROCESSING, Outcome.MISSING),
					tuple(Check.DPA_INSTRUCTIONS, Outcome.PRESENT), tuple(Check.DPA_CONFIDENTIALITY, Outcome.MISSING),
					tuple(Check.DPA_SECURITY, Outcome.PRESENT), tuple(Check.DPA_SUB_PROCESSORS, Outcome.FLAGGED),
					tuple(Check.DPA_DATA_SUBJECT_RIGHTS, Outcome.MISSING), tuple(Check.DPA_ASSISTANCE, Outcome.MISSING),
					tuple(Check.DPA_DELETION_OR_RETURN, Outcome.MISSING), tuple(Check.DPA_AUDITS, Outcome.MISSING),
					tuple(Check.THIRD_COUNTRY_TRANSFER, Outcome.FLAGGED), tuple(Check.GOVERNING_LAW, Outcome.FLAGGED),
					tuple(Check.FORUM, Outcome.FLAGGED), tuple(Check.LIABILITY_CAP, Outcome.FLAGGED),
					tuple(Check.PUBLIC_ACCESS, Outcome.FLAGGED));
		assertThat(check(checks, Check.DPA_AUDITS).source()).as("nothing in the document comes near it").isNull();
		assertThat(check(checks, Check.DPA_INSTRUCTIONS).source().quote())
			.isEqualTo("The Provider processes personal data only on the documented instructions of the Customer "
					+ "as controller.");
		assertThat(check(checks, Check.DPA_SUB_PROCESSORS).source().quote())
			.isEqualTo("The Provider may engage sub-processors without the Customer's prior consent.");
		assertThat(check(checks, Check.THIRD_COUNTRY_TRANSFER).source().quote()).contains("the United States");
		assertThat(check(checks, Check.GOVERNING_LAW).source().quote())
			.isEqualTo("This Addendum shall be governed by the laws of England and Wales.");
		assertThat(check(checks, Check.FORUM).source().quote()).contains("arbitration under the ICC Rules");
		assertThat(check(checks, Check.LIABILITY_CAP).source().quote()).contains("shall be unlimited");
		assertThat(check(checks, Check.PUBLIC_ACCESS).source().quote())
			.contains("notwithstanding any law on public access");
		assertThat(check(checks, Check.PUBLIC_ACCESS).rule()).isEqualTo("TF 2 kap. 1–2 §§, OSL (2009:400)");
	}

	@Test
	void aSwedishServiceContractWithoutTheClausesAnAuthorityNeedsSaysWhatIsMissing() {
		List<LegalCheck> checks = checks(SWEDISH_SERVICES);

		assertThat(checks).as("no processing agreement: its elements are not asked for")
			.extracting(LegalCheck::check, LegalCheck::outcome)
			.containsExactly(tuple(Check.THIRD_COUNTRY_TRANSFER, Outcome.PRESENT),
					tuple(Check.GOVERNING_LAW, Outcome.MISSING), tuple(Check.FORUM, Outcome.MISSING),
					tuple(Check.LIABILITY_CAP, Outcome.MISSING), tuple(Check.PUBLIC_ACCESS, Outcome.MISSING));
		assertThat(check(checks, Check.THIRD_COUNTRY_TRANSFER).source().quote()).as("transfers forbidden outright")
			.contains("får inte överföras till tredjeland");
		assertThat(check(checks, Check.GOVERNING_LAW).source()).isNull();
		assertThat(check(checks, Check.LIABILITY_CAP).source()).isNull();
		assertThat(check(checks, Check.PUBLIC_ACCESS).source().quote())
			.as("the confidentiality clause that lacks a reservation for the public's right of access")
			.isEqualTo("Parterna förbinder sig att inte röja konfidentiell information om den andra parten.");
	}

	@Test
	void aProcessingAgreementIsKnownByItsTwoRolesWithoutATitle() {
		String text = """
				Bilaga 3 till avtal om lönesystem

				Kommunen är personuppgiftsansvarig och Lönebolaget AB är personuppgiftsbiträde för behandlingen.
				Lönebolaget AB får endast behandla personuppgifterna enligt kommunens dokumenterade instruktioner.
				""";

		List<LegalCheck> checks = checks(text);

		assertThat(checks).extracting(LegalCheck::check).contains(Check.DPA_INSTRUCTIONS, Check.DPA_AUDITS);
		assertThat(check(checks, Check.DPA_INSTRUCTIONS).outcome()).isEqualTo(Outcome.PRESENT);
		assertThat(check(checks, Check.DPA_SUB_PROCESSORS).outcome()).isEqualTo(Outcome.MISSING);
	}

	@Test
	void personalDataSentAbroadWithATransferMechanismIsInOrder() {
		String text = """
				SUPPORT AGREEMENT

				The Supplier may transfer personal data to its support centre in India under the standard contractual clauses adopted by the European Commission.
				""";

		assertThat(checks(text)).filteredOn(check -> check.check() == Check.THIRD_COUNTRY_TRANSFER)
			.singleElement()
			.satisfies(check -> {
				assertThat(check.outcome()).isEqualTo(Outcome.PRESENT);
				assertThat(check.source().quote()).contains("standard contractual clauses");
			});
	}

	@Test
	void swedishLawASwedishCourtAndACapAreInOrderInEnglishToo() {
		String english = """
				SOFTWARE LICENCE AGREEMENT

				Governing law
				This Agreement is governed by and construed in accordance with Swedish law.
				Disputes shall be resolved by the Stockholm District Court.
				The aggregate liability of either party shall not exceed the fees paid in the preceding twelve months.
				""";

		List<LegalCheck> checks = checks(english);

		assertThat(checks).extracting(LegalCheck::check, LegalCheck::outcome)
			.containsExactly(tuple(Check.GOVERNING_LAW, Outcome.PRESENT), tuple(Check.FORUM, Outcome.PRESENT),
					tuple(Check.LIABILITY_CAP, Outcome.PRESENT));
		assertThat(check(checks, Check.GOVERNING_LAW).source().quote()).contains("Swedish law");
		assertThat(check(checks, Check.LIABILITY_CAP).source().quote()).contains("shall not exceed");
	}

	@Test
	void aDocumentThatIsNoContractHasNoContractChecks() {
		assertThat(checks(REQUIREMENTS)).isEmpty();
	}

}
