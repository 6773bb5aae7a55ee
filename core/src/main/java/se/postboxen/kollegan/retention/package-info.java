/**
 * Retention: how long each tenant keeps each kind of data, within limits, and the nightly
 * sweep that deletes what its periods no longer allow (docs/retention.md).
 */
@NullMarked
package se.postboxen.kollegan.retention;

import org.jspecify.annotations.NullMarked;
