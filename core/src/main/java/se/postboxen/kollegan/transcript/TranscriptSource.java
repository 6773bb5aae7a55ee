package se.postboxen.kollegan.transcript;

/** Where a meeting's transcript came from; the recap is labelled with it. */
public enum TranscriptSource {

	/** Kollegan's own bot was in the meeting. */
	LIVE,

	/** The platform's own transcript, fetched after the meeting (Teams, Zoom). */
	PLATFORM,

	/** The organiser uploaded one. */
	UPLOADED

}
