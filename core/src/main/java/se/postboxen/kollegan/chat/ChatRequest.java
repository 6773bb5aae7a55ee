package se.postboxen.kollegan.chat;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A command as a chat platform delivered it, translated into Kollegan's terms by the
 * platform's ingress and queued, so that the platform gets its acknowledgement within its
 * few seconds whatever the work takes.
 *
 * @param user who asked, as the platform names them (an address when it gives one)
 * @param replyTo where the answer goes, in the platform's own terms (opaque to core)
 * @param platformMeetingId the platform's id of the meeting whose chat this is, if any
 * @param language {@code sv} or {@code en}, from the platform's locale
 */
public record ChatRequest(TenantId tenantId, ChatPlatformKind platform, Person user, ChatCommand command,
		String replyTo, @Nullable String platformMeetingId, String language, Instant at) {

	public ChatRequest {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(platform, "platform");
		Objects.requireNonNull(user, "user");
		Objects.requireNonNull(command, "command");
		Objects.requireNonNull(replyTo, "replyTo");
		language = "en".equals(language) ? "en" : "sv";
		Objects.requireNonNull(at, "at");
	}

}
