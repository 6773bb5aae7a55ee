package se.postboxen.kollegan.adapter.persistence.stakeholder;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("stakeholder")
record StakeholderRow(@Id UUID id, UUID tenantId, String email, @Nullable String name, @Nullable String organisation,
		@Nullable Instant lastSeenAt, @Version long version, @LastModifiedDate @Nullable Instant updatedAt) {

}
