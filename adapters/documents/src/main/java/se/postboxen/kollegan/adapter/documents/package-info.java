/**
 * Text out of uploaded documents with Apache Tika's PDF, OOXML (Word) and text parsers,
 * within the limits the application sets. Tika's and POI's types stay in this package.
 */
@NullMarked
package se.postboxen.kollegan.adapter.documents;

import org.jspecify.annotations.NullMarked;
