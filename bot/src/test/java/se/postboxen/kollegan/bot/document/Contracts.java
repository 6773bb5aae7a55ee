package se.postboxen.kollegan.bot.document;

/** A contract written for these tests, as a municipality would upload it. */
final class Contracts {

	static final String E_ARCHIVE = """
			Avtal om drift av e-arkiv
			Detta avtal har slutits mellan Kommun A, org.nr 212000-1421 (nedan kallad ”Beställaren”) och Arkivbolaget AB, org.nr 556677-8899 (nedan kallad ”Leverantören”).
			Avtalet gäller från den 1 april 2026. Avtalet förlängs därefter automatiskt med ett år i sänder om det inte sägs upp med tre månaders uppsägningstid.
			Det fasta priset är 1 250 000 kronor per år exklusive moms.
			Leverantören ska leverera en driftsplan senast den 15 maj 2026.
			Leverantören bör erbjuda utbildning på plats.
			Vid försening utgår förseningsvite om 5 000 kr per påbörjad vecka.
			Leverantören kommer att behandla personuppgifter om kommunens invånare för Beställarens räkning.
			""";

	private Contracts() {
	}

}
