package se.postboxen.kollegan.bot.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.stakeholder.FactKind;
import se.postboxen.kollegan.stakeholder.ProfileFact;
import se.postboxen.kollegan.stakeholder.StakeholderProfile;

/**
 * A stakeholder's profile as its page shows it: what is kept, counted from the facts the
 * reader may see, and every fact with the meeting it came from and goes with.
 *
 * @param name their name, else their address
 * @param completionRate done of all their commitments, 0 to 1; absent without any
 * @param facts newest meeting first
 */
record StakeholderView(UUID id, String name, String email, @Nullable String organisation, boolean ownOrganisation,
		long meetingsAttended, @Nullable ZonedDateTime lastSeen, List<String> topics, long commitments,
		long commitmentsDone, @Nullable Double completionRate, List<Fact> facts) {

	/**
	 * @param linked whether the reader may open a source meeting's page
	 */
	static StakeholderView of(StakeholderProfile profile, ZoneId zone, Predicate<MeetingId> linked) {
		String email = profile.stakeholder().email().value();
		return new StakeholderView(profile.stakeholder().id().value(),
				(profile.stakeholder().name() != null) ? profile.stakeholder().name() : email, email,
				profile.stakeholder().organisation(), profile.ownOrganisation(), profile.meetingsAttended(),
				(profile.lastSeen() != null) ? profile.lastSeen().atZone(zone) : null, profile.topics(),
				profile.commitments(), profile.commitmentsDone(), profile.completionRate(),
				profile.facts().stream().map(fact -> Fact.of(fact, zone, linked.test(fact.source()))).toList());
	}

	/**
	 * One fact and its source meeting.
	 *
	 * @param text the meeting's title, the topic, or the action's text
	 * @param status for a commitment, where its action stands now
	 * @param linked whether the reader may open the meeting's page; the page of a meeting
	 * they may not see is not linked, though its title is theirs to read in their own
	 * profile
	 */
	record Fact(FactKind kind, String text, @Nullable ActionStatus status, @Nullable LocalDate due, UUID meetingId,
			String meetingTitle, ZonedDateTime meetingStart, boolean linked) {

		static Fact of(ProfileFact fact, ZoneId zone, boolean linked) {
			return new Fact(fact.kind(), fact.text(), fact.status(), fact.due(), fact.source().value(),
					fact.sourceTitle(), fact.seenAt().atZone(zone), linked);
		}

	}

}
