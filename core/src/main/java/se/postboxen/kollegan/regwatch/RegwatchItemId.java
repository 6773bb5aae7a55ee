package se.postboxen.kollegan.regwatch;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record RegwatchItemId(UUID value) {

	public RegwatchItemId {
		Ids.require(value, "regwatch item id");
	}

	public static RegwatchItemId newId() {
		return new RegwatchItemId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
