package se.postboxen.kollegan.stakeholder;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The tenant's stakeholders and the facts their profiles are made of. Reads that take
 * {@code concerning} see only facts from meetings that concern that person (organised,
 * booked or attended by them), as a member sees meetings; {@code null} sees all.
 */
public interface Stakeholders {

	Stakeholder save(Stakeholder stakeholder);

	Optional<Stakeholder> findById(TenantId tenantId, StakeholderId id);

	Optional<Stakeholder> findByEmail(TenantId tenantId, EmailAddress email);

	List<Stakeholder> findAll(TenantId tenantId);

	/**
	 * Replaces what one meeting says about people: the meeting's earlier facts go, these
	 * come. A stakeholder left without a fact from any meeting goes too: what is known of
	 * someone lives only as long as the meetings it came from.
	 */
	void replaceFacts(TenantId tenantId, MeetingId meetingId, List<StakeholderFact> facts);

	/** A stakeholder's facts, newest first. */
	List<ProfileFact> facts(TenantId tenantId, StakeholderId id, @Nullable EmailAddress concerning);

	/**
	 * A page of stakeholders by name; with {@code concerning}, only those with a fact
	 * from a meeting that concerns that person.
	 */
	StakeholderPage page(TenantId tenantId, @Nullable EmailAddress concerning, int page, int size);

}
