package se.postboxen.kollegan.adapter.persistence.chat;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcChatContacts implements ChatContacts {

	private final JdbcClient jdbc;

	JdbcChatContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void remember(TenantId tenantId, EmailAddress person, ChatPlatformKind platform, String address) {
		this.jdbc.sql("""
				INSERT INTO chat_contact (tenant_id, email, platform, address) VALUES (:tenantId, :email, :platform,
				    :address)
				ON CONFLICT (tenant_id, email, platform) DO UPDATE SET address = excluded.address, updated_at = now()
				""")
			.param("tenantId", tenantId.value())
			.param("email", person.value())
			.param("platform", platform.name())
			.param("address", address)
			.update();
	}

	@Override
	public Optional<String> address(TenantId tenantId, EmailAddress person, ChatPlatformKind platform) {
		return this.jdbc.sql("""
				SELECT address FROM chat_contact
				WHERE tenant_id = :tenantId AND email = :email AND platform = :platform
				""")
			.param("tenantId", tenantId.value())
			.param("email", person.value())
			.param("platform", platform.name())
			.query(String.class)
			.optional();
	}

}
