package se.postboxen.kollegan.document;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record DocumentId(UUID value) {

	public DocumentId {
		Ids.require(value, "document id");
	}

	public static DocumentId newId() {
		return new DocumentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
