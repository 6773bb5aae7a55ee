/**
 * Feature: briefs — before a meeting for its organiser (who is coming, what happened last
 * time), after it for its participants (the recap by consent level). Stored with the
 * meeting and mailed.
 */
@NullMarked
package se.postboxen.kollegan.brief;

import org.jspecify.annotations.NullMarked;
