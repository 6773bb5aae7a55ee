package se.postboxen.kollegan.adapter.persistence.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.jobs.QueueDepth.Depth;
import se.postboxen.kollegan.jobs.JobType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue depth behind the job gauges, against real Postgres. Rows are written
 * directly, of a type nothing in this context queues or runs ({@code SERIES_EXTEND}), so
 * that the counts are this test's alone.
 */
@StoreIntegrationTest
class QueueDepthIntegrationTests {

	private static final JobType TYPE = JobType.SERIES_EXTEND;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private final List<String> keys = new ArrayList<>();

	private final MovingClock clock = new MovingClock(Instant.now());

	private final AtomicInteger connections = new AtomicInteger();

	private QueueDepth depth;

	@BeforeEach
	void depth() {
		this.depth = new QueueDepth(JdbcClient.create(new DelegatingDataSource(this.dataSource) {

			@Override
			public Connection getConnection() throws SQLException {
				QueueDepthIntegrationTests.this.connections.incrementAndGet();
				return super.getConnection();
			}

		}), this.clock);
	}

	@AfterEach
	void deleteRows() {
		if (this.keys.isEmpty()) {
			return;
		}
		this.jdbc.sql("DELETE FROM agent_job WHERE job_key IN (:keys)").param("keys", this.keys).update();
	}

	private void job(String status, Duration dueIn) {
		String key = "queue-depth:" + UUID.randomUUID();
		this.keys.add(key);
		this.jdbc.sql("""
				INSERT INTO agent_job (id, job_key, type, payload, status, due_at)
				VALUES (:id, :key, :type, '{}'::jsonb, :status, :dueAt)
				""")
			.param("id", UUID.randomUUID())
			.param("key", key)
			.param("type", TYPE.name())
			.param("status", status)
			.param("dueAt", Timestamp.from(Instant.now().plus(dueIn)))
			.update();
	}

	@Test
	void countsReadyScheduledAndDeadJobsAndHowLongTheOldestReadyOneHasWaited() {
		job("QUEUED", Duration.ofMinutes(-10));
		job("QUEUED", Duration.ofMinutes(-1));
		job("QUEUED", Duration.ofHours(1));
		job("DEAD", Duration.ofHours(-2));
		job("DONE", Duration.ofHours(-3));
		job("CANCELLED", Duration.ofHours(-4));

		Depth depth = this.depth.of(TYPE);

		assertThat(depth).isNotNull();
		assertThat(depth.ready()).isEqualTo(2);
		assertThat(depth.scheduled()).isEqualTo(1);
		assertThat(depth.dead()).isEqualTo(1);
		assertThat(depth.oldestReady()).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(11));
	}

	@Test
	void aTypeWithNothingQueuedHasAnEmptyQueue() {
		assertThat(this.depth.of(TYPE)).isEqualTo(Depth.EMPTY);
	}

	@Test
	void everyTypeReadsOneSnapshotUntilItIsFiveSecondsOld() {
		job("QUEUED", Duration.ofHours(1));
		for (JobType type : JobType.values()) {
			this.depth.of(type);
		}
		assertThat(this.connections).as("one query for every type").hasValue(1);

		job("QUEUED", Duration.ofHours(1));
		this.clock.move(QueueDepth.FRESH.minusMillis(1));

		assertThat(this.depth.of(TYPE).scheduled()).as("still the snapshot").isEqualTo(1);
		assertThat(this.connections).hasValue(1);

		this.clock.move(Duration.ofMillis(1));

		assertThat(this.depth.of(TYPE).scheduled()).isEqualTo(2);
		assertThat(this.connections).hasValue(2);
	}

	@Test
	void aDatabaseThatCannotBeAskedGivesNoValueAndIsAskedOncePerSnapshot() {
		QueueDepth unreachable = new QueueDepth(JdbcClient.create(new DelegatingDataSource(this.dataSource) {

			@Override
			public Connection getConnection() throws SQLException {
				QueueDepthIntegrationTests.this.connections.incrementAndGet();
				throw new SQLException("Connection refused");
			}

		}), this.clock);

		for (JobType type : JobType.values()) {
			assertThat(unreachable.of(type)).isNull();
		}
		assertThat(this.connections).hasValue(1);
	}

	/** A clock the test moves on. */
	static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		void move(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
