package se.postboxen.kollegan.adapter.persistence.action;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("action_item")
record ActionItemRow(@Id UUID id, UUID tenantId, UUID meetingId, String text, @Nullable String ownerName,
		@Nullable String ownerEmail, @Nullable LocalDate dueDate, String status, @Nullable String taskBoard,
		@Nullable String taskId, @Nullable String taskUrl, @Nullable Long atMillis, @Nullable String quote,
		BigDecimal confidence, boolean needsConfirmation, @Version long version,
		@LastModifiedDate @Nullable Instant updatedAt) {

}
