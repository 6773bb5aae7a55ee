package se.postboxen.kollegan.procurement;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Where a figure comes from: a provision ({@code LOU 11 kap. 2 §}), a threshold's legal
 * basis with its official source, an evaluation model, or the user's own input.
 *
 * @param kind what sort of source it is
 * @param citation the provision or basis as lawyers write it; for a model or an input,
 * its name
 * @param source where the text can be read, if the simulator knows
 */
public record RuleRef(Kind kind, String citation, @Nullable URI source) {

	public enum Kind {

		LAW, THRESHOLD, MODEL, INPUT

	}

	public RuleRef {
		if (citation.isBlank()) {
			throw new IllegalArgumentException("A rule needs a citation");
		}
	}

	static RuleRef law(String citation) {
		return new RuleRef(Kind.LAW, citation, null);
	}

	static RuleRef model(EvaluationModel model) {
		return new RuleRef(Kind.MODEL, model.name(), null);
	}

	static RuleRef input(String field) {
		return new RuleRef(Kind.INPUT, field, null);
	}

	static RuleRef of(Threshold threshold) {
		return new RuleRef(Kind.THRESHOLD, threshold.legalBasis(), threshold.source());
	}

}
