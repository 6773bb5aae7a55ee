/**
 * Inviting the agent like a colleague: each user's own agent address, the tenant's
 * verified organiser domains, and turning an e-mailed calendar invitation into meetings.
 */
@NullMarked
package se.postboxen.kollegan.invite;

import org.jspecify.annotations.NullMarked;
