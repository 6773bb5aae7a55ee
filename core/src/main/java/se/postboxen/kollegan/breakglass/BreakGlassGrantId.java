package se.postboxen.kollegan.breakglass;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record BreakGlassGrantId(UUID value) {

	public BreakGlassGrantId {
		Ids.require(value, "break-glass grant id");
	}

	public static BreakGlassGrantId newId() {
		return new BreakGlassGrantId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
