package se.postboxen.kollegan.stakeholder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.invite.VerifiedDomains;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleOff;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.RecapFollowUp;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * Use cases: stakeholder profiles, built from published recaps and read by the people
 * allowed to.
 * <p>
 * Only a meeting that ran at consent level Plus or Juridik says anything about people
 * (Bas promises notes and a recap, no insights into who said and took on what), and never
 * about someone whose last answer was no. Each fact keeps its meeting as source: a recap
 * published again replaces that meeting's facts, and erasing the meeting erases them.
 * <p>
 * Profiles are the stakeholder insights module's: while a tenant has it off, recaps add
 * nothing to them and pre-briefs show none, but what is kept stays (and is still each
 * person's to see about themselves); recaps published once it is on again add to it.
 */
public final class StakeholderProfiles implements RecapFollowUp {

	/**
	 * Addresses anyone can have: their domain says nothing about where someone works.
	 */
	private static final Set<String> PERSONAL_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
			"live.com", "msn.com", "icloud.com", "me.com", "yahoo.com", "proton.me", "protonmail.com");

	/** As {@link Stakeholder} keeps it. */
	private static final int MAX_ORGANISATION_LENGTH = 200;

	private final Stakeholders stakeholders;

	private final Consent consent;

	private final Recaps recaps;

	private final ActionItems actions;

	private final Tenants tenants;

	private final VerifiedDomains verifiedDomains;

	private final TenantModules modules;

	public StakeholderProfiles(Stakeholders stakeholders, Consent consent, Recaps recaps, ActionItems actions,
			Tenants tenants, VerifiedDomains verifiedDomains, TenantModules modules) {
		this.stakeholders = stakeholders;
		this.consent = consent;
		this.recaps = recaps;
		this.actions = actions;
		this.tenants = tenants;
		this.verifiedDomains = verifiedDomains;
		this.modules = modules;
	}

	/**
	 * Called in the transaction that publishes the recap: the meeting's facts are
	 * (re)written from it, or removed when its level no longer allows them. With
	 * stakeholder insights off nothing is written, and nothing removed either: the
	 * meeting's facts stay as an earlier recap left them.
	 */
	@Override
	public void published(Meeting meeting, Instant at) {
		if (!this.modules.isEnabled(meeting.tenantId(), Module.STAKEHOLDER_INSIGHTS)) {
			ModuleOff.skipped(Module.STAKEHOLDER_INSIGHTS, meeting.tenantId(),
					"The stakeholder facts of meeting " + meeting.id());
			return;
		}
		List<StakeholderFact> facts = new ArrayList<>();
		Tenant tenant = this.tenants.findById(meeting.tenantId()).orElse(null);
		if (tenant != null && this.consent.levelFor(meeting).includes(ConsentLevel.PLUS)) {
			List<String> topics = this.recaps.find(meeting.tenantId(), meeting.id())
				.map(Recap::topics)
				.orElse(List.of())
				.stream()
				.filter(topic -> !topic.isBlank())
				.toList();
			List<ActionItem> actions = this.actions.findByMeeting(meeting.tenantId(), meeting.id())
				.stream()
				.filter(action -> action.status() != ActionStatus.CANCELLED && action.owner() != null)
				.toList();
			for (Person person : this.consent.notDeclined(meeting)) {
				if (person.email() == null) {
					continue;
				}
				StakeholderId id = remember(tenant, person, person.email(), meeting.startsAt()).id();
				facts.add(StakeholderFact.attended(id));
				topics.forEach(topic -> facts.add(StakeholderFact.topic(id, topic)));
				actions.stream()
					.filter(action -> person.email().equals(action.owner().email()))
					.forEach(action -> facts.add(StakeholderFact.commitment(id, action.id())));
			}
		}
		this.stakeholders.replaceFacts(meeting.tenantId(), meeting.id(), facts);
	}

	/** The stakeholder as a newer meeting knows them: its name, the last time seen. */
	private Stakeholder remember(Tenant tenant, Person person, EmailAddress email, Instant seen) {
		Optional<Stakeholder> known = this.stakeholders.findByEmail(tenant.id(), email);
		Instant lastSeen = known.map(Stakeholder::lastSeenAt).filter(last -> last.isAfter(seen)).orElse(seen);
		String name = (person.name() != null) ? person.name() : known.map(Stakeholder::name).orElse(null);
		// An organisation someone entered is known better than one read from a domain.
		String organisation = known.map(Stakeholder::organisation).orElseGet(() -> organisation(tenant, email));
		return this.stakeholders.save(new Stakeholder(known.map(Stakeholder::id).orElseGet(StakeholderId::newId),
				tenant.id(), email, name, organisation, lastSeen));
	}

	/**
	 * The tenant for its own domains; otherwise the domain, unless anyone can have it or
	 * it is longer than an organisation's name may be.
	 */
	private @Nullable String organisation(Tenant tenant, EmailAddress email) {
		if (this.verifiedDomains.isVerified(tenant.id(), email.domain())) {
			return tenant.name();
		}
		boolean telling = !PERSONAL_MAIL.contains(email.domain()) && email.domain().length() <= MAX_ORGANISATION_LENGTH;
		return telling ? email.domain() : null;
	}

	/**
	 * A stakeholder's profile as {@code concerning} may see it (see
	 * {@link Stakeholders}); empty when they may see none of it.
	 */
	public Optional<StakeholderProfile> profile(TenantId tenantId, StakeholderId id,
			@Nullable EmailAddress concerning) {
		return this.stakeholders.findById(tenantId, id).flatMap(stakeholder -> profile(stakeholder, concerning));
	}

	/**
	 * The profile kept of the person with this address, as {@code concerning} sees it.
	 */
	public Optional<StakeholderProfile> profileOf(TenantId tenantId, EmailAddress email,
			@Nullable EmailAddress concerning) {
		return this.stakeholders.findByEmail(tenantId, email).flatMap(stakeholder -> profile(stakeholder, concerning));
	}

	/**
	 * What a pre-brief shows of an attendee, as its reader ({@code concerning}) may see
	 * it: their profile when it holds anything, and nothing while the tenant has
	 * stakeholder insights off.
	 */
	public Optional<StakeholderProfile> forBrief(TenantId tenantId, EmailAddress attendee,
			@Nullable EmailAddress concerning) {
		if (!this.modules.isEnabled(tenantId, Module.STAKEHOLDER_INSIGHTS)) {
			return Optional.empty();
		}
		return profileOf(tenantId, attendee, concerning).filter(profile -> !profile.facts().isEmpty());
	}

	public StakeholderPage page(TenantId tenantId, @Nullable EmailAddress concerning, int page, int size) {
		return this.stakeholders.page(tenantId, concerning, page, size);
	}

	/**
	 * Whether an address is in one of the tenant's verified domains, read once for a
	 * whole list: the domains say who is the tenant's own, whatever a profile stored.
	 */
	public Predicate<EmailAddress> ownOrganisation(TenantId tenantId) {
		Set<String> domains = this.verifiedDomains.list(tenantId)
			.stream()
			.map(domain -> domain.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		return email -> domains.contains(email.domain());
	}

	private Optional<StakeholderProfile> profile(Stakeholder stakeholder, @Nullable EmailAddress concerning) {
		List<ProfileFact> facts = this.stakeholders.facts(stakeholder.tenantId(), stakeholder.id(), concerning);
		if (concerning != null && facts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new StakeholderProfile(stakeholder,
				ownOrganisation(stakeholder.tenantId()).test(stakeholder.email()), facts));
	}

}
