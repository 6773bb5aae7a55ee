/**
 * Talking to people where they work: the chat platform (Teams, Slack, Zoom Team Chat) a
 * meeting's participants use, for consent cards and, later, lobby messages, recaps and
 * nudges.
 */
@NullMarked
package se.postboxen.kollegan.chat;

import org.jspecify.annotations.NullMarked;
