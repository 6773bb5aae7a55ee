/**
 * Microsoft Teams through the Bot Connector REST protocol, implemented directly (the Java
 * Bot Framework SDK was retired in 2023): incoming activities verified, replies and
 * Adaptive Cards sent. See {@code docs/adr/0006-teams-without-the-sdk.md}.
 */
@NullMarked
package se.postboxen.kollegan.adapter.teams;

import org.jspecify.annotations.NullMarked;
