package se.postboxen.kollegan.adapter.persistence.meeting;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

@Table("meeting_participant")
record ParticipantRow(UUID tenantId, @Nullable String name, @Nullable String email) {

}
