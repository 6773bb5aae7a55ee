package se.postboxen.kollegan.legal;

import java.time.Instant;
import java.util.Optional;

import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleOff;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.recap.RecapFollowUp;
import se.postboxen.kollegan.transcript.StoredTranscript;
import se.postboxen.kollegan.transcript.Transcripts;

/**
 * Use cases: Juridik-Gunnar's reading of a meeting, written when its recap is published
 * and read by those who may read the recap.
 * <p>
 * Only a meeting that runs at consent level Juridik (the level that promises a legal
 * analysis, and keeps the transcript it needs) of a tenant with the module on is read;
 * speech of anyone whose last answer was no is left out, as from everything else. A recap
 * published again rewrites the analysis, or removes it when the level or the module no
 * longer allows one; and what is shown is checked against both again, so that lowering
 * the level or switching the module off hides it at once.
 */
public final class MeetingLegalReview implements RecapFollowUp {

	private final LegalAnalyses analyses;

	private final Transcripts transcripts;

	private final Consent consent;

	private final TenantModules modules;

	public MeetingLegalReview(LegalAnalyses analyses, Transcripts transcripts, Consent consent, TenantModules modules) {
		this.analyses = analyses;
		this.transcripts = transcripts;
		this.consent = consent;
		this.modules = modules;
	}

	/** Called in the transaction that publishes the recap. */
	@Override
	public void published(Meeting meeting, Instant at) {
		boolean juridik = this.consent.levelFor(meeting) == ConsentLevel.JURIDIK;
		boolean on = this.modules.isEnabled(meeting.tenantId(), Module.JURIDIK_GUNNAR);
		if (juridik && !on) {
			ModuleOff.skipped(Module.JURIDIK_GUNNAR, meeting.tenantId(), "legal analysis of meeting " + meeting.id());
		}
		Optional<StoredTranscript> stored = (juridik && on) ? this.transcripts.find(meeting.tenantId(), meeting.id())
				: Optional.empty();
		if (stored.isEmpty()) {
			this.analyses.delete(meeting.tenantId(), meeting.id());
			return;
		}
		this.analyses.save(new MeetingLegalAnalysis(meeting.tenantId(), meeting.id(),
				MeetingLegalCues.in(stored.get().transcript().without(this.consent.declined(meeting))), at));
	}

	/**
	 * The meeting's analysis, for a caller who may read its recap.
	 * @return empty below consent level Juridik, without the module, or before the recap
	 */
	public Optional<MeetingLegalAnalysis> of(Meeting meeting) {
		return applies(meeting) ? this.analyses.find(meeting.tenantId(), meeting.id()) : Optional.empty();
	}

	private boolean applies(Meeting meeting) {
		return this.modules.isEnabled(meeting.tenantId(), Module.JURIDIK_GUNNAR)
				&& this.consent.levelFor(meeting) == ConsentLevel.JURIDIK;
	}

}
