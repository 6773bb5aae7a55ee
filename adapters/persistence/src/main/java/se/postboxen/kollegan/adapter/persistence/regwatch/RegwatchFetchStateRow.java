package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("regwatch_fetch_state")
record RegwatchFetchStateRow(@Id UUID sourceId, UUID tenantId, @Nullable String etag, @Nullable String lastModified,
		@Nullable Instant lastFetchedAt, @Nullable Instant lastSuccessAt, @Nullable String lastError, int failures,
		@Version long version, @LastModifiedDate @Nullable Instant updatedAt) {

}
