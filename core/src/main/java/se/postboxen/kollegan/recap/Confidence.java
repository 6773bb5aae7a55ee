package se.postboxen.kollegan.recap;

/** How sure the extractor is, from 0 (a guess) to 1 (said in so many words). */
public record Confidence(double value) {

	public Confidence {
		if (Double.isNaN(value) || value < 0 || value > 1) {
			throw new IllegalArgumentException("confidence must be between 0 and 1");
		}
	}

}
