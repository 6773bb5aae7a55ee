package se.postboxen.kollegan.stakeholder;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record StakeholderId(UUID value) {

	public StakeholderId {
		Ids.require(value, "stakeholder id");
	}

	public static StakeholderId newId() {
		return new StakeholderId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
