package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("regwatch_item")
record RegwatchItemRow(@Id UUID id, UUID tenantId, UUID sourceId, String externalKey, String title, String url,
		Instant firstSeenAt, Instant lastChangedAt, int relevance, @Version long version,
		@LastModifiedDate @Nullable Instant updatedAt) {

}
