package se.postboxen.kollegan.adapter.persistence.tenant;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("app_user")
record UserRow(@Id UUID id, UUID tenantId, String email, String displayName, String role, @Version long version,
		@LastModifiedDate @Nullable Instant updatedAt) {

}
