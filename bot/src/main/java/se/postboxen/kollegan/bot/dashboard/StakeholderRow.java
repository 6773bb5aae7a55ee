package se.postboxen.kollegan.bot.dashboard;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.stakeholder.StakeholderSummary;

/**
 * A stakeholder as the list shows them, the figures counted over the meetings the reader
 * may see.
 *
 * @param name their name, else their address
 * @param ownOrganisation whether the address is in one of the tenant's verified domains
 * @param lastSeen when the latest of those meetings they attended started, in the
 * tenant's time zone
 */
record StakeholderRow(UUID id, String name, String email, @Nullable String organisation, boolean ownOrganisation,
		long meetingsAttended, @Nullable ZonedDateTime lastSeen) {

	static StakeholderRow of(StakeholderSummary summary, Predicate<EmailAddress> own, ZoneId zone) {
		EmailAddress email = summary.stakeholder().email();
		return new StakeholderRow(summary.stakeholder().id().value(),
				(summary.stakeholder().name() != null) ? summary.stakeholder().name() : email.value(), email.value(),
				summary.stakeholder().organisation(), own.test(email), summary.meetingsAttended(),
				(summary.lastSeen() != null) ? summary.lastSeen().atZone(zone) : null);
	}

}
