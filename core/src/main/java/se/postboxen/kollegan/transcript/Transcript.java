package se.postboxen.kollegan.transcript;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/** What was said, in order. */
public record Transcript(List<Utterance> utterances) {

	public Transcript {
		utterances = List.copyOf(Objects.requireNonNull(utterances, "utterances"));
	}

	public boolean isEmpty() {
		return this.utterances.stream().allMatch(utterance -> utterance.text().isBlank());
	}

	/** The speakers' names, in order of first appearance. */
	public Set<String> speakers() {
		Set<String> speakers = new LinkedHashSet<>();
		this.utterances.forEach(utterance -> speakers.add(utterance.speaker()));
		return speakers;
	}

	/** This transcript without the utterances {@code excluded} matches. */
	public Transcript without(Predicate<Utterance> excluded) {
		return new Transcript(this.utterances.stream().filter(excluded.negate()).toList());
	}

}
