package se.postboxen.kollegan.adapter.persistence.brief;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("brief")
record BriefRow(@Id UUID id, UUID tenantId, UUID meetingId, String kind, String language, String content,
		Instant preparedAt, @Version long version, @LastModifiedDate @Nullable Instant updatedAt) {

}
