package se.postboxen.kollegan.adapter.meetingbot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptFormat;
import se.postboxen.kollegan.transcript.TranscriptReader;

/**
 * What is said in every sandbox meeting: the bundled Swedish meeting, or the English one
 * when the link asks for it with {@code lang=en}. The bot "hears" it, the platform
 * "transcribed" it, and the consent simulation knows who speaks in it.
 */
final class SandboxTranscripts {

	private static final Transcript SWEDISH = load("sandbox/transcript-sv.vtt");

	private static final Transcript ENGLISH = load("sandbox/transcript-en.vtt");

	private SandboxTranscripts() {
	}

	static Transcript of(URI joinUrl) {
		return hasParameter(joinUrl, "lang=en") ? ENGLISH : SWEDISH;
	}

	/** Whether the link's query has {@code parameter} ({@code name=value}), any case. */
	static boolean hasParameter(URI joinUrl, String parameter) {
		String query = joinUrl.getRawQuery();
		if (query == null) {
			return false;
		}
		for (String given : query.split("&")) {
			if (given.equalsIgnoreCase(parameter)) {
				return true;
			}
		}
		return false;
	}

	private static Transcript load(String file) {
		try (InputStream vtt = SandboxTranscripts.class.getClassLoader().getResourceAsStream(file)) {
			if (vtt == null) {
				throw new IllegalStateException("The sandbox transcript " + file + " is missing from the build");
			}
			return TranscriptReader.read(TranscriptFormat.WEBVTT,
					new String(vtt.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
