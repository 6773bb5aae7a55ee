package se.postboxen.kollegan.tenant;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record UserId(UUID value) {

	public UserId {
		Ids.require(value, "user id");
	}

	public static UserId newId() {
		return new UserId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
