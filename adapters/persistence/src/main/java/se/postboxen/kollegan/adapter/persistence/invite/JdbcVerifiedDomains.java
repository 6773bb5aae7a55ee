package se.postboxen.kollegan.adapter.persistence.invite;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.invite.VerifiedDomains;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcVerifiedDomains implements VerifiedDomains {

	private final JdbcClient jdbc;

	JdbcVerifiedDomains(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> list(TenantId tenantId) {
		return this.jdbc.sql("SELECT domain FROM verified_domain WHERE tenant_id = :tenantId ORDER BY domain")
			.param("tenantId", tenantId.value())
			.query(String.class)
			.list();
	}

	@Override
	public boolean isVerified(TenantId tenantId, String domain) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM verified_domain WHERE tenant_id = :tenantId AND domain = :domain)")
			.param("tenantId", tenantId.value())
			.param("domain", domain.toLowerCase(Locale.ROOT))
			.query(Boolean.class)
			.single();
	}

	/** Delete and insert in the caller's transaction (the use case owns it). */
	@Override
	public void replace(TenantId tenantId, List<String> domains) {
		this.jdbc.sql("DELETE FROM verified_domain WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId.value())
			.update();
		for (String domain : domains) {
			this.jdbc.sql("INSERT INTO verified_domain (tenant_id, domain) VALUES (:tenantId, :domain)")
				.param("tenantId", tenantId.value())
				.param("domain", domain.toLowerCase(Locale.ROOT))
				.update();
		}
	}

}
