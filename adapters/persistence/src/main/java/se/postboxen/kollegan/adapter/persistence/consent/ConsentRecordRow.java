package se.postboxen.kollegan.adapter.persistence.consent;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("consent_record")
record ConsentRecordRow(@Id UUID id, UUID tenantId, UUID meetingId, @Nullable String participantName,
		@Nullable String participantEmail, String level, String answer, String channel, Instant answeredAt,
		@Version long version, @LastModifiedDate @Nullable Instant updatedAt) {

}
