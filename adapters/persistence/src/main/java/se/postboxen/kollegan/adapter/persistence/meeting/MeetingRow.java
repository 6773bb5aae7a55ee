package se.postboxen.kollegan.adapter.persistence.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** created_at is left to the database default, so an update can never overwrite it. */
@Table("meeting")
record MeetingRow(@Id UUID id, UUID tenantId, String title, String platform, String joinUrl, Instant startsAt,
		Instant endsAt, String timeZone, @Nullable String organizerName, @Nullable String organizerEmail, String status,
		@Nullable String icalUid, @Nullable String platformMeetingId, @Nullable Instant occurrence, int sequence,
		String joinUrlKey, @Nullable String scheduledBy,
		@MappedCollection(idColumn = "meeting_id", keyColumn = "position") List<ParticipantRow> participants,
		@Version long version, @LastModifiedDate @Nullable Instant updatedAt) {

}
