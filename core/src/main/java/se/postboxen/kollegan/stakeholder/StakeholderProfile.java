package se.postboxen.kollegan.stakeholder;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionStatus;

/**
 * Everything known of a stakeholder that its reader may see, each fact with its source
 * meeting; the figures are counted from those facts, so a reader who sees fewer meetings
 * sees smaller figures, never other people's.
 *
 * @param ownOrganisation whether their address is in one of the tenant's verified domains
 * @param facts newest first
 */
public record StakeholderProfile(Stakeholder stakeholder, boolean ownOrganisation, List<ProfileFact> facts) {

	public StakeholderProfile {
		Objects.requireNonNull(stakeholder, "stakeholder");
		facts = List.copyOf(facts);
	}

	public long meetingsAttended() {
		return this.facts.stream()
			.filter(fact -> fact.kind() == FactKind.ATTENDED)
			.map(ProfileFact::source)
			.distinct()
			.count();
	}

	/** Distinct topics, most recent first. */
	public List<String> topics() {
		Set<String> topics = new LinkedHashSet<>();
		this.facts.stream().filter(fact -> fact.kind() == FactKind.TOPIC).forEach(fact -> topics.add(fact.text()));
		return List.copyOf(topics);
	}

	/** Their actions not cancelled since. */
	public long commitments() {
		return commitmentsWith(ActionStatus.OPEN) + commitmentsDone();
	}

	public long commitmentsDone() {
		return commitmentsWith(ActionStatus.DONE);
	}

	/** Done of all their commitments, from 0 to 1; {@code null} without commitments. */
	public @Nullable Double completionRate() {
		long all = commitments();
		return (all == 0) ? null : (double) commitmentsDone() / all;
	}

	/** When the latest meeting they attended started. */
	public @Nullable Instant lastSeen() {
		return this.facts.stream()
			.filter(fact -> fact.kind() == FactKind.ATTENDED)
			.map(ProfileFact::seenAt)
			.max(Instant::compareTo)
			.orElse(null);
	}

	private long commitmentsWith(ActionStatus status) {
		return this.facts.stream()
			.filter(fact -> fact.kind() == FactKind.COMMITMENT && fact.status() == status)
			.count();
	}

}
