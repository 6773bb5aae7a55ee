package se.postboxen.kollegan.bot.e2e;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in a test where days must pass: it runs with the system clock,
 * some time ahead of it, and is moved further ahead by {@link #advanceTo}. It never goes
 * back, as real time does not. Every bean that tells time (use cases, the job queue's
 * workers, the sandbox gateway) holds this one instance, so one move is seen everywhere
 * at once; clocks derived with {@link #withZone} share the move.
 */
final class MovableClock extends Clock {

	private final AtomicReference<Duration> ahead;

	private final ZoneId zone;

	MovableClock() {
		this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
	}

	private MovableClock(AtomicReference<Duration> ahead, ZoneId zone) {
		this.ahead = ahead;
		this.zone = zone;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.ahead.get());
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MovableClock(this.ahead, zone);
	}

	/** Moves the clock to {@code moment}; a moment already past leaves it where it is. */
	void advanceTo(Instant moment) {
		this.ahead.updateAndGet(current -> {
			Duration needed = Duration.between(Instant.now(), moment);
			return (needed.compareTo(current) > 0) ? needed : current;
		});
	}

}
