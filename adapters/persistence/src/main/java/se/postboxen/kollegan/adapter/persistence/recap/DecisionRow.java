package se.postboxen.kollegan.adapter.persistence.recap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("decision")
record DecisionRow(@Id UUID id, UUID tenantId, UUID meetingId, String text, @Nullable String speakerName,
		@Nullable String speakerEmail, @Nullable Long atMillis, @Nullable String quote, BigDecimal confidence,
		@Version long version, @LastModifiedDate @Nullable Instant updatedAt) {

}
