package se.postboxen.kollegan.adapter.persistence.magiclink;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.magiclink.MagicLink;
import se.postboxen.kollegan.magiclink.MagicLinks;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcMagicLinks implements MagicLinks {

	private final JdbcClient jdbc;

	JdbcMagicLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(MagicLink link) {
		this.jdbc.sql("""
				INSERT INTO magic_link (id, tenant_id, created_by, created_by_email, title, join_url, starts_at,
				                        ends_at, time_zone, expires_at)
				VALUES (:id, :tenantId, :createdBy, :email, :title, :joinUrl, :startsAt, :endsAt, :zone, :expiresAt)
				""")
			.param("id", link.id())
			.param("tenantId", link.tenantId().value())
			.param("createdBy", link.createdBy())
			.param("email", (link.createdByEmail() != null) ? link.createdByEmail().value() : null)
			.param("title", link.title())
			.param("joinUrl", link.joinUrl().toString())
			.param("startsAt", Timestamp.from(link.startsAt().toInstant()))
			.param("endsAt", Timestamp.from(link.endsAt().toInstant()))
			.param("zone", link.startsAt().getZone().getId())
			.param("expiresAt", Timestamp.from(link.expiresAt()))
			.update();
	}

	@Override
	public Optional<MagicLink> findById(UUID id) {
		return this.jdbc.sql("SELECT * FROM magic_link WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> link(rs))
			.optional();
	}

	@Override
	public boolean use(UUID id, Instant at) {
		return this.jdbc.sql("UPDATE magic_link SET used_at = :at WHERE id = :id AND used_at IS NULL")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	private static MagicLink link(ResultSet rs) throws SQLException {
		ZoneId zone = ZoneId.of(rs.getString("time_zone"));
		String email = rs.getString("created_by_email");
		Timestamp used = rs.getTimestamp("used_at");
		return new MagicLink(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
				rs.getString("created_by"), (email != null) ? EmailAddress.of(email) : null, rs.getString("title"),
				URI.create(rs.getString("join_url")), rs.getTimestamp("starts_at").toInstant().atZone(zone),
				rs.getTimestamp("ends_at").toInstant().atZone(zone), rs.getTimestamp("expires_at").toInstant(),
				(used != null) ? used.toInstant() : null);
	}

}
