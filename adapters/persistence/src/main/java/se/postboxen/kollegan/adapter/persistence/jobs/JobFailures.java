package se.postboxen.kollegan.adapter.persistence.jobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import se.postboxen.kollegan.shared.Redaction;

/**
 * What is kept of a failure: its class and message, redacted and bounded, and a short
 * hash of where it happened, so identical failures can be grouped without keeping stack
 * traces (which can carry data) in the database.
 */
final class JobFailures {

	static final int MAX_MESSAGE = 500;

	private JobFailures() {
	}

	static String describe(Throwable failure) {
		String message = failure.getClass().getSimpleName()
				+ ((failure.getMessage() != null) ? ": " + failure.getMessage() : "");
		return bounded(Redaction.redact(message));
	}

	static String bounded(String text) {
		return (text.length() > MAX_MESSAGE) ? text.substring(0, MAX_MESSAGE) : text;
	}

	static String stackHash(Throwable failure) {
		StringBuilder frames = new StringBuilder(failure.getClass().getName());
		for (StackTraceElement frame : failure.getStackTrace()) {
			frames.append('|').append(frame.getClassName()).append('.').append(frame.getMethodName());
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(frames.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
