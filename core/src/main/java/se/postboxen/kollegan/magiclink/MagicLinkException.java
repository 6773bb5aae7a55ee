package se.postboxen.kollegan.magiclink;

import java.util.Objects;

/** A magic link that cannot be shown or confirmed, and why. */
public class MagicLinkException extends RuntimeException {

	private final MagicLinkProblem problem;

	public MagicLinkException(MagicLinkProblem problem) {
		super("magic link " + problem.name().toLowerCase(java.util.Locale.ROOT));
		this.problem = Objects.requireNonNull(problem, "problem");
	}

	public MagicLinkProblem problem() {
		return this.problem;
	}

}
