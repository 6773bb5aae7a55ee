package se.postboxen.kollegan.adapter.persistence.stakeholder;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.stakeholder.Stakeholder;
import se.postboxen.kollegan.stakeholder.StakeholderId;
import se.postboxen.kollegan.stakeholder.Stakeholders;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcStakeholders implements Stakeholders {

	private final StakeholderRows rows;

	JdbcStakeholders(StakeholderRows rows) {
		this.rows = rows;
	}

	@Override
	public Stakeholder save(Stakeholder stakeholder) {
		long version = this.rows.findById(stakeholder.id().value())
			.filter(row -> row.tenantId().equals(stakeholder.tenantId().value()))
			.map(StakeholderRow::version)
			.orElse(0L);
		return toStakeholder(this.rows.save(new StakeholderRow(stakeholder.id().value(), stakeholder.tenantId().value(),
				stakeholder.email().value(), stakeholder.name(), stakeholder.organisation(), stakeholder.lastSeenAt(),
				version, null)));
	}

	@Override
	public Optional<Stakeholder> findByEmail(TenantId tenantId, EmailAddress email) {
		return this.rows.findByTenantIdAndEmail(tenantId.value(), email.value()).map(JdbcStakeholders::toStakeholder);
	}

	@Override
	public List<Stakeholder> findAll(TenantId tenantId) {
		return this.rows.findByTenantIdOrderByName(tenantId.value())
			.stream()
			.map(JdbcStakeholders::toStakeholder)
			.toList();
	}

	private static Stakeholder toStakeholder(StakeholderRow row) {
		return new Stakeholder(new StakeholderId(row.id()), new TenantId(row.tenantId()), new EmailAddress(row.email()),
				row.name(), row.organisation(), row.lastSeenAt());
	}

}
