/**
 * Trello over its REST API: action items pushed as cards, their state read back, and
 * webhooks verified. Trello's JSON stays in this package.
 */
@NullMarked
package se.postboxen.kollegan.adapter.trello;

import org.jspecify.annotations.NullMarked;
