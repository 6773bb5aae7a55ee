package se.postboxen.kollegan.tenant;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record TenantId(UUID value) {

	public TenantId {
		Ids.require(value, "tenant id");
	}

	public static TenantId newId() {
		return new TenantId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
