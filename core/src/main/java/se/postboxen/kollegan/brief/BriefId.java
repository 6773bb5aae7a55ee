package se.postboxen.kollegan.brief;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record BriefId(UUID value) {

	public BriefId {
		Ids.require(value, "brief id");
	}

	public static BriefId newId() {
		return new BriefId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
