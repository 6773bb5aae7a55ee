/**
 * The document copilot: an uploaded contract or procurement document read as text
 * ({@link DocumentExtractor}), its parties, dates, amounts, requirements and risks found
 * by deterministic Swedish and English rules ({@link DocumentAnalysis}), each with the
 * passage it came from, and questions answered with the passages that fit best.
 */
@NullMarked
package se.postboxen.kollegan.document;

import org.jspecify.annotations.NullMarked;
