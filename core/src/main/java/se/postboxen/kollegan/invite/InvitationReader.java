package se.postboxen.kollegan.invite;

import java.time.Duration;

/** Reads raw e-mails (MIME) and the calendars in them. */
public interface InvitationReader {

	/**
	 * @param seriesAhead how far recurring series are expanded into occurrences, counted
	 * from now or from the series' first occurrence if that is later
	 * @throws UnreadableMailException when the bytes are not an e-mail at all
	 */
	InboundMail read(byte[] rawMime, Duration seriesAhead);

}
