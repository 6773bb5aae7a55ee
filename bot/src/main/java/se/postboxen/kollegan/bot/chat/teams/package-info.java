/**
 * The Teams bot's ingress: {@code POST /api/messages}, verified, translated and queued.
 */
@NullMarked
package se.postboxen.kollegan.bot.chat.teams;

import org.jspecify.annotations.NullMarked;
