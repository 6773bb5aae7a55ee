package se.postboxen.kollegan.legal;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * Something said in a meeting that touches a rule a lawyer should look at: what, who said
 * it, when, and the rule. A cue, not a ruling: "vi direktupphandlar" is read whether it
 * was proposed, decided or warned against.
 *
 * @param speaker the name the transcript gives the speaker
 * @param speakerEmail their address, when the transcript knows it
 * @param source when it was said, and the words
 */
public record LegalFinding(Kind kind, String speaker, @Nullable EmailAddress speakerEmail, TranscriptSpan source) {

	public LegalFinding {
		Objects.requireNonNull(kind, "kind");
		speaker = Text.required(speaker, "speaker", Utterance.MAX_SPEAKER_LENGTH);
		Objects.requireNonNull(source, "source");
	}

	/** The rule the finding touches. */
	public String rule() {
		return this.kind.rule();
	}

	/** What a statement touches, with the rule as a lawyer would cite it. */
	public enum Kind {

		/** Personal data collected, shared or kept: a lawful basis is needed. */
		PERSONAL_DATA("GDPR art. 5–6"),

		/**
		 * Health, ethnicity, religion, union membership and the other special categories.
		 */
		SPECIAL_CATEGORIES("GDPR art. 9"),

		/** Offences, suspicions and criminal records. */
		CRIMINAL_OFFENCES("GDPR art. 10, dataskyddslagen (2018:218) 3 kap. 8 §"),

		/** Personal identity numbers, used only where clearly justified. */
		IDENTITY_NUMBERS("Dataskyddslagen (2018:218) 3 kap. 10 §"),

		/** Information said to be secret: only the secrecy act makes it so. */
		SECRECY("OSL (2009:400)"),

		/**
		 * Official documents and keeping things out of them ("skriv inte ner det", "off
		 * the record").
		 */
		PUBLIC_ACCESS("TF 2 kap., OSL 5 kap. 1 §"),

		/** Buying without a procurement, within or around the direct-award limit. */
		DIRECT_AWARD("LOU (2016:1145) 19 a kap."),

		/** A purchase split to stay under a threshold. */
		SPLIT_PURCHASE("LOU (2016:1145) 5 kap."),

		/** The award decision and the standstill before the contract is signed. */
		STANDSTILL("LOU (2016:1145) 20 kap. 1–2 §§"),

		/** A contract extended or changed after it was awarded. */
		CONTRACT_CHANGE("LOU (2016:1145) 17 kap."),

		/** A procurement challenged in the administrative court. */
		PROCUREMENT_REVIEW("LOU (2016:1145) 20 kap."),

		/** A decision appealed: three weeks from the day it was received. */
		APPEAL("Förvaltningslagen (2017:900) 44 §"),

		/**
		 * A municipal decision challenged by a member of the municipality: three weeks
		 * from the minutes' posting.
		 */
		LEGALITY_REVIEW("Kommunallagen (2017:725) 13 kap. 5 §"),

		/** A promise or guarantee that may bind the organisation and its liability. */
		COMMITMENT("Avtalslagen (1915:218) 1 §");

		private final String rule;

		Kind(String rule) {
			this.rule = rule;
		}

		public String rule() {
			return this.rule;
		}

	}

}
