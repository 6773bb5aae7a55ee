package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("regwatch_topic")
record RegwatchTopicRow(@Id UUID id, UUID tenantId, String keyword, @Version long version,
		@LastModifiedDate @Nullable Instant updatedAt) {

}
