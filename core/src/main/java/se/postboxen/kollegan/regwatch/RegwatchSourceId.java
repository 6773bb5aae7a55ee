package se.postboxen.kollegan.regwatch;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record RegwatchSourceId(UUID value) {

	public RegwatchSourceId {
		Ids.require(value, "regwatch source id");
	}

	public static RegwatchSourceId newId() {
		return new RegwatchSourceId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
