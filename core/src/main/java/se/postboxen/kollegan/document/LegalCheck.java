package se.postboxen.kollegan.document;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One of Juridik-Gunnar's checks of a document: the rule it applies, what came of it, and
 * the passage it rests on.
 *
 * @param source where the document shows the element or the problem; {@code null} when an
 * element is missing and nothing in the document comes near it
 */
public record LegalCheck(Check check, Outcome outcome, @Nullable Passage source) {

	public LegalCheck {
		Objects.requireNonNull(check, "check");
		Objects.requireNonNull(outcome, "outcome");
	}

	/** The rule a check applies. */
	public String rule() {
		return this.check.rule();
	}

	public enum Outcome {

		/** What the rule asks for is there, quoted. */
		PRESENT,

		/**
		 * What the rule asks for is not there; the passage, if any, is the clause that
		 * lacks it.
		 */
		MISSING,

		/** A clause the rule calls into question, quoted. */
		FLAGGED

	}

	/**
	 * What is checked, with the rule it applies as a lawyer would cite it. The data
	 * processing agreement's elements are those GDPR article 28(3) requires of the
	 * contract between a controller and a processor.
	 */
	public enum Check {

		/** Subject matter, duration, nature and purpose, types of data, data subjects. */
		DPA_PROCESSING("GDPR art. 28.3"),

		/** The processor acts only on the controller's documented instructions. */
		DPA_INSTRUCTIONS("GDPR art. 28.3 a"),

		/** Those who process the data are bound to confidentiality. */
		DPA_CONFIDENTIALITY("GDPR art. 28.3 b"),

		/** The security measures of article 32. */
		DPA_SECURITY("GDPR art. 28.3 c, art. 32"),

		/** Sub-processors only with the controller's prior authorisation. */
		DPA_SUB_PROCESSORS("GDPR art. 28.2, 28.3 d"),

		/** Help in answering data subjects who use their rights. */
		DPA_DATA_SUBJECT_RIGHTS("GDPR art. 28.3 e"),

		/** Help with security, breaches, impact assessments and prior consultation. */
		DPA_ASSISTANCE("GDPR art. 28.3 f"),

		/** The data deleted or returned when the services end. */
		DPA_DELETION_OR_RETURN("GDPR art. 28.3 g"),

		/** Information to show compliance, and audits and inspections. */
		DPA_AUDITS("GDPR art. 28.3 h"),

		/**
		 * Personal data leaving the EU/EEA with a transfer mechanism (adequacy, standard
		 * contractual clauses, binding corporate rules) or not at all.
		 */
		THIRD_COUNTRY_TRANSFER("GDPR art. 44–46"),

		/** The law the contract is under: Swedish law for a Swedish authority. */
		GOVERNING_LAW("Rom I (EG) 593/2008 art. 3"),

		/** Where disputes are decided: a Swedish court for a Swedish authority. */
		FORUM("Bryssel I a (EU) 1215/2012 art. 25"),

		/** A cap on what a party is liable for; no statute requires one. */
		LIABILITY_CAP("Avtalsgranskning: ansvarsbegränsning"),

		/**
		 * A confidentiality clause binding an authority yields to the public's right of
		 * access: only the Public Access to Information and Secrecy Act makes anything
		 * secret.
		 */
		PUBLIC_ACCESS("TF 2 kap. 1–2 §§, OSL (2009:400)");

		private final String rule;

		Check(String rule) {
			this.rule = rule;
		}

		public String rule() {
			return this.rule;
		}

	}

}
