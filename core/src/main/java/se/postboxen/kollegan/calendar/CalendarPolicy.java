package se.postboxen.kollegan.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * A tenant's labels: meetings carrying an always-on label get the agent for everyone; a
 * meeting carrying the never label never does, whatever else says so.
 */
public record CalendarPolicy(TenantId tenantId, List<String> alwaysOnLabels, String neverLabel) {

	public static final List<String> DEFAULT_ALWAYS_ON = List.of("Kollegan");

	public static final String DEFAULT_NEVER = "Ingen kollega";

	public CalendarPolicy {
		Objects.requireNonNull(tenantId, "tenantId");
		alwaysOnLabels = List.copyOf(alwaysOnLabels);
		Objects.requireNonNull(neverLabel, "neverLabel");
	}

	public static CalendarPolicy defaults(TenantId tenantId) {
		return new CalendarPolicy(tenantId, DEFAULT_ALWAYS_ON, DEFAULT_NEVER);
	}

	static boolean sameLabel(String a, String b) {
		return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
	}

}
