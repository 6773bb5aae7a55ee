/**
 * Slack through Bolt for Java: signed slash commands, button clicks and app events in;
 * answers, Block Kit consent cards, notices, recaps and nudges out; and the OAuth install
 * flow that links a workspace to a tenant. Bolt and Slack's client types stay in this
 * package.
 */
@NullMarked
package se.postboxen.kollegan.adapter.slack;

import org.jspecify.annotations.NullMarked;
