package se.postboxen.kollegan.adapter.persistence.tenant;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("tenant")
record TenantRow(@Id UUID id, String slug, String name, String timeZone, String defaultConsentLevel,
		@Nullable String directoryId, @Version long version, @LastModifiedDate @Nullable Instant updatedAt) {

}
