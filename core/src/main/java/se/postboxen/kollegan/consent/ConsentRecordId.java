package se.postboxen.kollegan.consent;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record ConsentRecordId(UUID value) {

	public ConsentRecordId {
		Ids.require(value, "consent record id");
	}

	public static ConsentRecordId newId() {
		return new ConsentRecordId(UUID.randomUUID());
	}

}
