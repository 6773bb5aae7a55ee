package se.postboxen.kollegan.tenant;

import java.io.Serializable;
import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

/** Serializable: signed-in users carry it in their shared session (docs/adr/0012). */
public record TenantId(UUID value) implements Serializable {

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
