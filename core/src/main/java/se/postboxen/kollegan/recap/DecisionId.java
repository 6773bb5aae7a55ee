package se.postboxen.kollegan.recap;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record DecisionId(UUID value) {

	public DecisionId {
		Ids.require(value, "decision id");
	}

	public static DecisionId newId() {
		return new DecisionId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
