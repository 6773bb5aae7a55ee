package se.postboxen.kollegan.recap;

import java.util.Locale;

/** Where a meeting's recap is. */
public enum RecapStatus {

	PENDING, READY, FAILED;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
