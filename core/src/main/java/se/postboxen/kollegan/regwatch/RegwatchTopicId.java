package se.postboxen.kollegan.regwatch;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record RegwatchTopicId(UUID value) {

	public RegwatchTopicId {
		Ids.require(value, "regwatch topic id");
	}

	public static RegwatchTopicId newId() {
		return new RegwatchTopicId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
