package se.postboxen.kollegan.chat;

import java.util.Optional;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Where a person can be written to alone on a chat platform (their Teams 1:1 chat with
 * Kollegan, their Slack DM, their Zoom chat): learnt when they talk to Kollegan, used for
 * nudges. Personal data: erased with the person.
 */
public interface ChatContacts {

	/** Remembers (or refreshes) the person's address on a platform. */
	void remember(TenantId tenantId, EmailAddress person, ChatPlatformKind platform, String address);

	Optional<String> address(TenantId tenantId, EmailAddress person, ChatPlatformKind platform);

}
