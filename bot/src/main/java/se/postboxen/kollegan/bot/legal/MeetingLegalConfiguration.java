package se.postboxen.kollegan.bot.legal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.legal.LegalAnalyses;
import se.postboxen.kollegan.legal.MeetingLegalReview;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.transcript.Transcripts;

/**
 * Juridik-Gunnar in meetings: a follow-up of every published recap (the analysis picks it
 * up as it does every {@link se.postboxen.kollegan.recap.RecapFollowUp}), read by the
 * recap API and the meeting page.
 */
@Configuration(proxyBeanMethods = false)
class MeetingLegalConfiguration {

	@Bean
	MeetingLegalReview meetingLegalReview(LegalAnalyses analyses, Transcripts transcripts, Consent consent,
			TenantModules modules) {
		return new MeetingLegalReview(analyses, transcripts, consent, modules);
	}

}
