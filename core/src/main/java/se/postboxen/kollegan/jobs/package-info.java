/**
 * {@code agent-jobs}: work that must happen later or again (joins, nudges, regwatch
 * fetches), with BullMQ's semantics (delays, attempts with backoff, a dead-letter queue,
 * idempotent keys) but durable in Postgres. Core sees only the {@link JobQueue} port and
 * the {@link JobHandler}s it implements.
 */
@NullMarked
package se.postboxen.kollegan.jobs;

import org.jspecify.annotations.NullMarked;
