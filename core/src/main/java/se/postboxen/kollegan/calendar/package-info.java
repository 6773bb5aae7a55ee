/**
 * Calendars: events as calendars describe them, and the agent following a user's calendar
 * — auto-join for every online meeting, always-on labels, "never" labels — from Microsoft
 * 365 or a secret ICS feed.
 */
@NullMarked
package se.postboxen.kollegan.calendar;

import org.jspecify.annotations.NullMarked;
