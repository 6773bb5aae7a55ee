package se.postboxen.kollegan.document;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An upload that is not read, and why. Its words are fixed phrases and the numbers of the
 * limit passed, never anything from the file.
 */
public class DocumentRefusedException extends RuntimeException {

	/** Why a document is refused. */
	public enum Reason {

		/** Not PDF, Word (DOCX), plain text or Markdown; macro-enabled Word included. */
		UNSUPPORTED_TYPE,

		/** Larger than {@link ExtractionLimits#maxBytes()}. */
		TOO_LARGE,

		/** More pages than {@link ExtractionLimits#maxPages()}. */
		TOO_MANY_PAGES,

		/** More text than {@link ExtractionLimits#maxCharacters()}. */
		TOO_MUCH_TEXT,

		/** A part unpacks to far more than it takes packed: a "zip bomb". */
		EXPANDS_TOO_MUCH,

		/** Reading took longer than {@link ExtractionLimits#timeout()}. */
		TIMED_OUT,

		/** Damaged, encrypted or otherwise unreadable. */
		UNREADABLE,

		/** Read, but there is no text in it (an empty file, a scanned image). */
		NO_TEXT

	}

	private final Reason reason;

	private final @Nullable String detectedType;

	private final long limit;

	private DocumentRefusedException(Reason reason, @Nullable String detectedType, long limit,
			@Nullable Throwable cause) {
		super("Document refused: " + reason, cause);
		this.reason = Objects.requireNonNull(reason, "reason");
		this.detectedType = detectedType;
		this.limit = limit;
	}

	public static DocumentRefusedException unsupported(String detectedType) {
		return new DocumentRefusedException(Reason.UNSUPPORTED_TYPE, detectedType, 0, null);
	}

	/**
	 * @param reason one of the limits: {@link Reason#TOO_LARGE},
	 * {@link Reason#TOO_MANY_PAGES}, {@link Reason#TOO_MUCH_TEXT},
	 * {@link Reason#TIMED_OUT} (in seconds), {@link Reason#EXPANDS_TOO_MUCH}
	 * @param limit the limit that was passed
	 */
	public static DocumentRefusedException overLimit(Reason reason, long limit) {
		return new DocumentRefusedException(reason, null, limit, null);
	}

	public static DocumentRefusedException unreadable(@Nullable Throwable cause) {
		return new DocumentRefusedException(Reason.UNREADABLE, null, 0, cause);
	}

	public static DocumentRefusedException noText() {
		return new DocumentRefusedException(Reason.NO_TEXT, null, 0, null);
	}

	public Reason reason() {
		return this.reason;
	}

	/** The type read from the bytes, for {@link Reason#UNSUPPORTED_TYPE}. */
	public @Nullable String detectedType() {
		return this.detectedType;
	}

	/** The limit that was passed, for the limits; otherwise 0. */
	public long limit() {
		return this.limit;
	}

}
