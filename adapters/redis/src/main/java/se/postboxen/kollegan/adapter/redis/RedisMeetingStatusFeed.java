package se.postboxen.kollegan.adapter.redis;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.MeetingStatusChange;
import se.postboxen.kollegan.meeting.MeetingStatusFeed;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Meeting status changes fanned out to every instance through Redis pub/sub, one channel
 * per tenant ({@code kollegan:meeting-status:<tenant>}). The message carries ids and a
 * status only — no titles or names — as {@code meeting|status|colour|epoch-millis}. Best
 * effort, as pub/sub is: a live view that missed a message reads the status again.
 */
public class RedisMeetingStatusFeed implements MeetingStatusFeed, SmartLifecycle, AutoCloseable {

	static final String CHANNEL = "kollegan:meeting-status:";

	private static final Logger logger = LoggerFactory.getLogger(RedisMeetingStatusFeed.class);

	private final StringRedisTemplate redis;

	private final RedisMessageListenerContainer listeners;

	public RedisMeetingStatusFeed(RedisConnectionFactory connections) {
		this.redis = new StringRedisTemplate(connections);
		this.listeners = new RedisMessageListenerContainer();
		this.listeners.setConnectionFactory(connections);
		this.listeners.afterPropertiesSet();
	}

	/**
	 * Subscribes once the connection factory runs, and again whenever it is restarted
	 * (Spring's test contexts are paused and resumed that way): a subscription made only
	 * at construction would be lost with the factory's first stop.
	 */
	@Override
	public void start() {
		this.listeners.start();
	}

	@Override
	public void stop() {
		this.listeners.stop();
	}

	@Override
	public boolean isRunning() {
		return this.listeners.isRunning();
	}

	/** After the connection factory on start, before it on stop. */
	@Override
	public int getPhase() {
		return this.listeners.getPhase();
	}

	@Override
	public void publish(MeetingStatusChange change) {
		try {
			this.redis.convertAndSend(CHANNEL + change.tenantId().value(), change.meetingId().value() + "|"
					+ change.status() + "|" + change.colour() + "|" + change.at().toEpochMilli());
		}
		catch (RuntimeException ex) {
			logger.warn("Meeting status not fanned out: {}", ex.getClass().getSimpleName());
		}
	}

	/** Every change of every tenant, as this instance receives them. */
	public void subscribe(Consumer<MeetingStatusChange> listener) {
		this.listeners.addMessageListener((message, pattern) -> {
			String channel = new String(message.getChannel(), java.nio.charset.StandardCharsets.UTF_8);
			String[] parts = new String(message.getBody(), java.nio.charset.StandardCharsets.UTF_8).split("\\|");
			try {
				listener.accept(new MeetingStatusChange(
						new TenantId(UUID.fromString(channel.substring(CHANNEL.length()))),
						new MeetingId(UUID.fromString(parts[0])), MeetingStatus.valueOf(parts[1]),
						MeetingStatusChange.Colour.valueOf(parts[2]), Instant.ofEpochMilli(Long.parseLong(parts[3]))));
			}
			catch (RuntimeException ex) {
				logger.warn("Unreadable meeting status message ignored: {}", ex.getClass().getSimpleName());
			}
		}, new PatternTopic(CHANNEL + "*"));
	}

	@Override
	public void close() throws Exception {
		this.listeners.stop();
		this.listeners.destroy();
	}

}
