/**
 * Signed magic links: for environments where the agent can be neither invited nor given a
 * calendar, a user makes a link that schedules the agent when opened and confirmed —
 * signed, expiring and good for one use.
 */
@NullMarked
package se.postboxen.kollegan.magiclink;

import org.jspecify.annotations.NullMarked;
