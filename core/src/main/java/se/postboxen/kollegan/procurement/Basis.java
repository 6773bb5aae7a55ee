package se.postboxen.kollegan.procurement;

import org.jspecify.annotations.Nullable;

/**
 * What a figure rests on: its rule, how certain it is, and what to know about it.
 *
 * @param caveat why it is uncertain or not fixed, or a condition of relying on it
 */
public record Basis(RuleRef rule, Certainty certainty, @Nullable Caveat caveat) {

	public Basis {
		if (certainty != Certainty.CERTAIN && caveat == null) {
			throw new IllegalArgumentException("An uncertain figure says why");
		}
	}

	static Basis certain(RuleRef rule) {
		return new Basis(rule, Certainty.CERTAIN, null);
	}

	static Basis certain(RuleRef rule, Caveat note) {
		return new Basis(rule, Certainty.CERTAIN, note);
	}

	static Basis uncertain(RuleRef rule, Caveat why) {
		return new Basis(rule, Certainty.UNCERTAIN, why);
	}

	static Basis notFixed(RuleRef rule, Caveat why) {
		return new Basis(rule, Certainty.NOT_FIXED, why);
	}

}
