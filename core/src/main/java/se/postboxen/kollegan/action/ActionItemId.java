package se.postboxen.kollegan.action;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record ActionItemId(UUID value) {

	public ActionItemId {
		Ids.require(value, "action item id");
	}

	public static ActionItemId newId() {
		return new ActionItemId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
