package se.postboxen.kollegan.document;

import java.util.Objects;

/**
 * A clause a reviewer should look at twice, and where it is.
 */
public record Risk(Kind kind, Passage source) {

	public enum Kind {

		/** "Obegränsat ansvar", "unlimited liability". */
		UNLIMITED_LIABILITY,

		/** "Förlängs automatiskt", "renews automatically". */
		AUTOMATIC_RENEWAL,

		/** "Vite", "liquidated damages", "penalties", "service credits". */
		PENALTIES,

		/**
		 * Personal data is processed, but the document names no data processing agreement
		 * ("personuppgiftsbiträdesavtal", "DPA", GDPR article 28); the passage is where
		 * personal data is first mentioned.
		 */
		PERSONAL_DATA_WITHOUT_AGREEMENT

	}

	public Risk {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(source, "source");
	}

}
