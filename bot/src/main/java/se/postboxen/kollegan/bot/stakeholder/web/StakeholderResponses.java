package se.postboxen.kollegan.bot.stakeholder.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.stakeholder.ProfileFact;
import se.postboxen.kollegan.stakeholder.StakeholderPage;
import se.postboxen.kollegan.stakeholder.StakeholderProfile;
import se.postboxen.kollegan.stakeholder.StakeholderSummary;

/** What the stakeholder endpoints answer. */
final class StakeholderResponses {

	/** Said with every profile, so nobody reads one without knowing what it rests on. */
	static final String BASIS = "Byggd endast av möten med samtycke Plus eller Juridik, aldrig av den som avböjt; "
			+ "varje uppgift försvinner med mötet den kommer från / Built only from meetings with consent Plus or "
			+ "Juridik, never from anyone who declined; each fact goes with the meeting it came from";

	private StakeholderResponses() {
	}

	/**
	 * One stakeholder in a list; the figures count the meetings the reader may see.
	 *
	 * @param ownOrganisation whether the address is in one of the tenant's verified
	 * domains
	 */
	record Item(UUID id, @Nullable String name, String email, @Nullable String organisation, boolean ownOrganisation,
			long meetingsAttended, @Nullable Instant lastSeenAt) {

		static Item of(StakeholderSummary summary, Predicate<EmailAddress> own) {
			return new Item(summary.stakeholder().id().value(), summary.stakeholder().name(),
					summary.stakeholder().email().value(), summary.stakeholder().organisation(),
					own.test(summary.stakeholder().email()), summary.meetingsAttended(), summary.lastSeen());
		}

	}

	record Page(List<Item> items, int page, int size, long totalItems, long totalPages) {

		static Page of(StakeholderPage page, Predicate<EmailAddress> own) {
			return new Page(page.items().stream().map(summary -> Item.of(summary, own)).toList(), page.page(),
					page.size(), page.totalItems(), page.totalPages());
		}

	}

	/**
	 * @param completionRate done of all their commitments, 0 to 1; absent without any
	 */
	record Commitments(long total, long done, @Nullable Double completionRate) {

	}

	record Source(UUID meetingId, String title, Instant startsAt) {

	}

	/**
	 * @param kind {@code attended}, {@code topic} or {@code commitment}
	 * @param text the meeting's title, the topic, or the action
	 * @param status for a commitment: {@code open}, {@code done} or {@code cancelled}
	 * @param expiresWith what ends the fact: always {@code source-meeting}, erased when
	 * that meeting is (offboarded, or past its retention)
	 */
	record Fact(String kind, String text, @Nullable String status, @Nullable LocalDate due, Source source,
			String expiresWith) {

		static Fact of(ProfileFact fact) {
			return new Fact(fact.kind().name().toLowerCase(Locale.ROOT), fact.text(),
					(fact.status() != null) ? fact.status().name().toLowerCase(Locale.ROOT) : null, fact.due(),
					new Source(fact.source().value(), fact.sourceTitle(), fact.seenAt()), "source-meeting");
		}

	}

	/**
	 * A profile with every fact it holds and where each came from.
	 *
	 * @param topics distinct, most recent first
	 */
	record Profile(UUID id, @Nullable String name, String email, @Nullable String organisation, boolean ownOrganisation,
			long meetingsAttended, @Nullable Instant lastSeenAt, List<String> topics, Commitments commitments,
			List<Fact> facts, String basis) {

		static Profile of(StakeholderProfile profile) {
			return new Profile(profile.stakeholder().id().value(), profile.stakeholder().name(),
					profile.stakeholder().email().value(), profile.stakeholder().organisation(),
					profile.ownOrganisation(), profile.meetingsAttended(), profile.lastSeen(), profile.topics(),
					new Commitments(profile.commitments(), profile.commitmentsDone(), profile.completionRate()),
					profile.facts().stream().map(Fact::of).toList(), BASIS);
		}

	}

	/**
	 * What is stored about the caller.
	 *
	 * @param stored whether there is anything
	 * @param profile all of it, from every meeting it came from
	 * @param erasure how to have it erased
	 */
	record Mine(String email, boolean stored, @Nullable Profile profile, String erasure) {

		static final String ERASURE = "Be organisationens administratör radera det som sparats om dig: allt tas "
				+ "bort och ett raderingskvitto visar vad / Ask your organisation's administrator to erase what is "
				+ "kept about you: all of it goes and a deletion receipt shows what";

	}

}
