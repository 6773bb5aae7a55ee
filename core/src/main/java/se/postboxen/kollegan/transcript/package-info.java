/**
 * What was said in a meeting: transcripts as the agent, the platform or an organiser
 * gives them, read into one shape, with the speech of those who declined consent taken
 * out before anything is kept or sent on.
 */
@NullMarked
package se.postboxen.kollegan.transcript;

import org.jspecify.annotations.NullMarked;
