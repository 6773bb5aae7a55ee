/**
 * Feature: the mail Kollegan sends (notices to organisers, nudges to owners). Without a
 * mail server it is kept in an outbox people can read in the dashboard and the API, so
 * nothing meant for someone disappears.
 */
@NullMarked
package se.postboxen.kollegan.outbox;

import org.jspecify.annotations.NullMarked;
