/**
 * "Remove the agent and delete everything": per meeting, per person (a data-subject
 * request) and per tenant, answered with a deletion receipt and leaving only an audit
 * tombstone.
 */
@NullMarked
package se.postboxen.kollegan.offboarding;

import org.jspecify.annotations.NullMarked;
