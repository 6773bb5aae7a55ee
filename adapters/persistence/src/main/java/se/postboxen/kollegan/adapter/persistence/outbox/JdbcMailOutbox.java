package se.postboxen.kollegan.adapter.persistence.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.outbox.KeptMail;
import se.postboxen.kollegan.outbox.MailOutbox;
import se.postboxen.kollegan.outbox.OutgoingMail;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcMailOutbox implements MailOutbox {

	private final JdbcClient jdbc;

	JdbcMailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void keep(OutgoingMail mail, Instant at) {
		this.jdbc.sql("""
				INSERT INTO mail_outbox (id, tenant_id, to_address, subject, body, kind, kept_at)
				VALUES (:id, :tenantId, :to, :subject, :body, :kind, :keptAt)
				""")
			.param("id", UUID.randomUUID())
			.param("tenantId", mail.tenantId().value())
			.param("to", mail.to().value())
			.param("subject", mail.subject())
			.param("body", mail.text())
			.param("kind", mail.kind())
			.param("keptAt", Timestamp.from(at))
			.update();
	}

	@Override
	public List<KeptMail> to(TenantId tenantId, EmailAddress recipient, int limit) {
		return this.jdbc.sql("""
				SELECT id, to_address, subject, body, kind, kept_at FROM mail_outbox
				WHERE tenant_id = :tenantId AND to_address = :to
				ORDER BY kept_at DESC, id LIMIT :limit
				""")
			.param("tenantId", tenantId.value())
			.param("to", recipient.value())
			.param("limit", Math.max(1, Math.min(limit, 200)))
			.query((rs, row) -> new KeptMail(rs.getObject("id", UUID.class),
					new OutgoingMail(tenantId, EmailAddress.of(rs.getString("to_address")), rs.getString("subject"),
							rs.getString("body"), rs.getString("kind")),
					rs.getTimestamp("kept_at").toInstant()))
			.list();
	}

}
