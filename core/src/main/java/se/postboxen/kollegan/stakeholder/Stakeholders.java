package se.postboxen.kollegan.stakeholder;

import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

public interface Stakeholders {

	Stakeholder save(Stakeholder stakeholder);

	Optional<Stakeholder> findByEmail(TenantId tenantId, EmailAddress email);

	List<Stakeholder> findAll(TenantId tenantId);

}
