/**
 * The agent attending a meeting: sending a meeting bot through a gateway
 * (Recall.ai-style, Attendee or the sandbox), following what the bot reports (lobby, in
 * the call, ended, failed), retrying joins, and falling back to post-meeting analysis
 * when it cannot get in.
 */
@NullMarked
package se.postboxen.kollegan.attendance;

import org.jspecify.annotations.NullMarked;
