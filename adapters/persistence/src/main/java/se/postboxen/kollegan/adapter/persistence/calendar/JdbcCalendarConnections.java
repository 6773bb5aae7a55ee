package se.postboxen.kollegan.adapter.persistence.calendar;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.calendar.CalendarConnection;
import se.postboxen.kollegan.calendar.CalendarConnections;
import se.postboxen.kollegan.calendar.SyncReport;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

@Component
class JdbcCalendarConnections implements CalendarConnections {

	private final JdbcClient jdbc;

	JdbcCalendarConnections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CalendarConnection> find(TenantId tenantId, UserId userId) {
		return this.jdbc.sql("SELECT * FROM calendar_connection WHERE tenant_id = :tenantId AND user_id = :userId")
			.param("tenantId", tenantId.value())
			.param("userId", userId.value())
			.query((rs, row) -> connection(rs))
			.optional();
	}

	@Override
	public void save(CalendarConnection connection) {
		this.jdbc.sql("""
				INSERT INTO calendar_connection (tenant_id, user_id, auto_join, labels, feed_url, always_on_feed_url)
				VALUES (:tenantId, :userId, :autoJoin, :labels, :feedUrl, :alwaysOnFeedUrl)
				ON CONFLICT (tenant_id, user_id) DO UPDATE SET auto_join = excluded.auto_join,
				    labels = excluded.labels, feed_url = excluded.feed_url,
				    always_on_feed_url = excluded.always_on_feed_url, updated_at = now()
				""")
			.param("tenantId", connection.tenantId().value())
			.param("userId", connection.userId().value())
			.param("autoJoin", connection.autoJoin())
			.param("labels", connection.labels().toArray(String[]::new))
			.param("feedUrl", (connection.feedUrl() != null) ? connection.feedUrl().toString() : null)
			.param("alwaysOnFeedUrl",
					(connection.alwaysOnFeedUrl() != null) ? connection.alwaysOnFeedUrl().toString() : null)
			.update();
	}

	@Override
	public void recordSync(TenantId tenantId, UserId userId, SyncReport report) {
		this.jdbc.sql("""
				INSERT INTO calendar_connection (tenant_id, user_id, last_sync_at, last_sync_events, last_sync_found,
				                                 last_sync_error)
				VALUES (:tenantId, :userId, :at, :events, :found, :error)
				ON CONFLICT (tenant_id, user_id) DO UPDATE SET last_sync_at = excluded.last_sync_at,
				    last_sync_events = excluded.last_sync_events, last_sync_found = excluded.last_sync_found,
				    last_sync_error = excluded.last_sync_error
				""")
			.param("tenantId", tenantId.value())
			.param("userId", userId.value())
			.param("at", Timestamp.from(report.at()))
			.param("events", report.eventsSeen())
			.param("found", report.meetingsFound())
			.param("error", report.error())
			.update();
	}

	@Override
	public List<CalendarConnection> withFeeds() {
		return this.jdbc
			.sql("SELECT * FROM calendar_connection WHERE feed_url IS NOT NULL OR always_on_feed_url IS NOT NULL")
			.query((rs, row) -> connection(rs))
			.list();
	}

	private static CalendarConnection connection(ResultSet rs) throws SQLException {
		String feed = rs.getString("feed_url");
		String alwaysOn = rs.getString("always_on_feed_url");
		Timestamp syncedAt = rs.getTimestamp("last_sync_at");
		SyncReport report = (syncedAt != null) ? new SyncReport(syncedAt.toInstant(), rs.getInt("last_sync_events"),
				rs.getInt("last_sync_found"), rs.getString("last_sync_error")) : null;
		return new CalendarConnection(new TenantId(rs.getObject("tenant_id", UUID.class)),
				new UserId(rs.getObject("user_id", UUID.class)), rs.getBoolean("auto_join"),
				labels(rs.getArray("labels")), (feed != null) ? URI.create(feed) : null,
				(alwaysOn != null) ? URI.create(alwaysOn) : null, report);
	}

	static List<String> labels(@Nullable Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

}
