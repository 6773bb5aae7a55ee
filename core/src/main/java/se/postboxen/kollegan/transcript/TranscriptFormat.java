package se.postboxen.kollegan.transcript;

import java.util.Locale;
import java.util.Optional;

/** The text formats a transcript arrives in, by their media type. */
public enum TranscriptFormat {

	/**
	 * WebVTT as Teams ({@code <v Name>} voice spans) and Zoom ({@code Name: text} cues)
	 * write it.
	 */
	WEBVTT("text/vtt"),

	/** Plain text, one {@code Name: text} line per turn. */
	PLAIN_TEXT("text/plain");

	private final String mediaType;

	TranscriptFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/** The format of a media type such as {@code text/vtt; charset=utf-8}. */
	public static Optional<TranscriptFormat> ofMediaType(String mediaType) {
		String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		for (TranscriptFormat format : values()) {
			if (format.mediaType.equals(bare)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
