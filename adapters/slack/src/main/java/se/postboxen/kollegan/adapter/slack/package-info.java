/**
 * Slack through Bolt for Java: signed slash commands and button clicks in, answers and
 * Block Kit consent cards out. Bolt and Slack's client types stay in this package.
 */
@NullMarked
package se.postboxen.kollegan.adapter.slack;

import org.jspecify.annotations.NullMarked;
