package se.postboxen.kollegan.calendar;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

/**
 * A person changing their calendar settings, from the API or the dashboard alike: the
 * change is saved, and when there is a calendar to read (an ICS feed, or Microsoft 365
 * for the organisation) the first sync runs now rather than at the next scan, which also
 * subscribes a Microsoft 365 calendar the scan would not yet know of.
 */
public class CalendarSettings {

	private final CalendarSync sync;

	private final MicrosoftCalendarSync microsoft;

	private final JobQueue jobs;

	private final Clock clock;

	public CalendarSettings(CalendarSync sync, MicrosoftCalendarSync microsoft, JobQueue jobs, Clock clock) {
		this.sync = sync;
		this.microsoft = microsoft;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * As {@link CalendarSync#change}, then the sync now.
	 * @throws IllegalArgumentException naming what is wrong with a label or a feed
	 */
	public CalendarConnection change(TenantId tenantId, UserId userId, boolean autoJoin, List<String> labels,
			@Nullable Optional<URI> feedUrl, @Nullable Optional<URI> alwaysOnFeedUrl, Actor actor) {
		CalendarConnection connection = this.sync.change(tenantId, userId, autoJoin, labels, feedUrl, alwaysOnFeedUrl,
				actor);
		if (connection.hasFeeds() || this.microsoft.available(tenantId)) {
			this.jobs.enqueue(new JobRequest(
					new JobKey("calendar-sync:" + userId.value() + ":now-" + this.clock.instant().toEpochMilli()),
					new JobPayload.CalendarSync(tenantId, userId), tenantId, null, this.clock.instant()));
		}
		return connection;
	}

}
