package se.postboxen.kollegan.meeting;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record MeetingId(UUID value) {

	public MeetingId {
		Ids.require(value, "meeting id");
	}

	public static MeetingId newId() {
		return new MeetingId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
