package se.postboxen.kollegan.bot.meeting.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import se.postboxen.kollegan.adapter.redis.RedisMeetingStatusFeed;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingStatusChange;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The open live-status streams of this instance, per tenant. Changes arrive from every
 * instance through Redis and go to each stream whose user may see the meeting (members
 * only their own meetings), as server-sent events named {@code status}.
 */
@Component
class MeetingStatusStreams {

	/** A stream is closed after this long; the browser's EventSource reconnects. */
	static final Duration TIMEOUT = Duration.ofMinutes(30);

	private record Stream(KolleganUser user, SseEmitter emitter) {

	}

	private final Map<TenantId, List<Stream>> streams = new ConcurrentHashMap<>();

	private final Meetings meetings;

	MeetingStatusStreams(RedisMeetingStatusFeed feed, Meetings meetings) {
		this.meetings = meetings;
		feed.subscribe(this::dispatch);
	}

	SseEmitter open(KolleganUser user) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Stream stream = new Stream(user, emitter);
		List<Stream> tenant = this.streams.computeIfAbsent(user.tenantId(), id -> new CopyOnWriteArrayList<>());
		tenant.add(stream);
		Runnable remove = () -> tenant.remove(stream);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(error -> remove.run());
		try {
			// An opening comment, so that proxies and clients see the stream is live.
			emitter.send(SseEmitter.event().comment("kollegan"));
		}
		catch (IOException ex) {
			remove.run();
		}
		return emitter;
	}

	/**
	 * Streams never end by themselves: when the application stops they are closed first,
	 * so that a graceful stop (a rolling restart) is not held for its whole grace period
	 * by open streams. Browsers reconnect, to another instance.
	 */
	@EventListener(ContextClosedEvent.class)
	void closeAll() {
		this.streams.values().forEach(tenant -> tenant.forEach(stream -> stream.emitter().complete()));
	}

	private void dispatch(MeetingStatusChange change) {
		List<Stream> tenant = this.streams.get(change.tenantId());
		if (tenant == null || tenant.isEmpty()) {
			return;
		}
		Optional<Meeting> meeting = Optional.empty();
		boolean loaded = false;
		for (Stream stream : tenant) {
			if (!stream.user().seesAllMeetings()) {
				if (!loaded) {
					meeting = this.meetings.findById(change.tenantId(), change.meetingId());
					loaded = true;
				}
				if (stream.user().email() == null || meeting.isEmpty()
						|| !meeting.get().concerns(stream.user().email())) {
					continue;
				}
			}
			try {
				stream.emitter()
					.send(SseEmitter.event()
						.name("status")
						.id(change.meetingId().value() + ":" + change.at().toEpochMilli())
						.data(StatusResponse.of(change), MediaType.APPLICATION_JSON));
			}
			catch (IOException | IllegalStateException ex) {
				tenant.remove(stream);
			}
		}
	}

}
