package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("regwatch_source")
record RegwatchSourceRow(@Id UUID id, UUID tenantId, String name, String kind, String url, @Nullable String selector,
		boolean enabled, @Version long version, @LastModifiedDate @Nullable Instant updatedAt) {

}
