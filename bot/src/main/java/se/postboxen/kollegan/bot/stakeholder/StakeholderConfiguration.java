package se.postboxen.kollegan.bot.stakeholder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.invite.VerifiedDomains;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.stakeholder.StakeholderProfiles;
import se.postboxen.kollegan.stakeholder.Stakeholders;
import se.postboxen.kollegan.tenant.Tenants;

/** Stakeholder profiles, built from each published recap whose consent allows it. */
@Configuration(proxyBeanMethods = false)
class StakeholderConfiguration {

	@Bean
	StakeholderProfiles stakeholderProfiles(Stakeholders stakeholders, Consent consent, Recaps recaps,
			ActionItems actions, Tenants tenants, VerifiedDomains verifiedDomains, TenantModules modules) {
		return new StakeholderProfiles(stakeholders, consent, recaps, actions, tenants, verifiedDomains, modules);
	}

}
