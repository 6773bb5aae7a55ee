package se.postboxen.kollegan.calendar;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

import static org.assertj.core.api.Assertions.assertThat;

class AutoJoinRuleTests {

	private static final TenantId TENANT = TenantId.newId();

	private static final CalendarPolicy POLICY = CalendarPolicy.defaults(TENANT);

	private static final ZonedDateTime START = ZonedDateTime.parse("2027-03-15T10:00:00+01:00[Europe/Stockholm]");

	private static CalendarEvent event(boolean online, String... categories) {
		return new CalendarEvent("uid", null, 0, "Möte", START, START.plusHours(1),
				online ? URI.create("https://kommun.zoom.us/j/1") : null, null, List.of(), List.of(categories), null,
				false);
	}

	private static CalendarConnection connection(boolean autoJoin, String... labels) {
		return new CalendarConnection(TENANT, UserId.newId(), autoJoin, List.of(labels), null, null, null);
	}

	@Test
	void autoJoinTakesEveryOnlineMeeting() {
		assertThat(AutoJoinRule.decide(event(true), connection(true), POLICY)).isEqualTo(AutoJoinRule.Decision.JOIN);
		assertThat(AutoJoinRule.decide(event(false), connection(true), POLICY))
			.isEqualTo(AutoJoinRule.Decision.NO_ONLINE_LINK);
	}

	@Test
	void withoutAutoJoinOnlyLabelsAndAlwaysOnCalendarsBringTheAgent() {
		assertThat(AutoJoinRule.decide(event(true), connection(false), POLICY))
			.isEqualTo(AutoJoinRule.Decision.NOT_ASKED);
		assertThat(AutoJoinRule.decide(event(true, "kollegan "), connection(false), POLICY))
			.as("the tenant's label, in any case and spacing")
			.isEqualTo(AutoJoinRule.Decision.JOIN);
		assertThat(AutoJoinRule.decide(event(true, "Styrgrupp"), connection(false, "styrgrupp"), POLICY))
			.as("the user's own label")
			.isEqualTo(AutoJoinRule.Decision.JOIN);
		assertThat(AutoJoinRule.decide(event(true), connection(false), POLICY, true)).as("an always-on calendar")
			.isEqualTo(AutoJoinRule.Decision.JOIN);
	}

	@Test
	void theNeverLabelWinsOverEverything() {
		assertThat(AutoJoinRule.decide(event(true, "Kollegan", "Ingen kollega"), connection(true, "Kollegan"), POLICY,
				true))
			.isEqualTo(AutoJoinRule.Decision.NEVER_LABEL);
	}

}
