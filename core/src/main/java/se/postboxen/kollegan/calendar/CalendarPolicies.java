package se.postboxen.kollegan.calendar;

import se.postboxen.kollegan.tenant.TenantId;

/** The tenants' label policies; a tenant that never set one has the defaults. */
public interface CalendarPolicies {

	CalendarPolicy get(TenantId tenantId);

	void save(CalendarPolicy policy);

}
