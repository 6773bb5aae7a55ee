package se.postboxen.kollegan.adapter.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.offboarding.PersonalData;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Erasure in Redis: every Kollegan key naming the meeting, the person or the tenant. Keys
 * are found by {@code SCAN} (never {@code KEYS}, which blocks the server), so a key added
 * by a later feature is covered without this class knowing its shape. Meetings' content
 * is never cached, so {@link #eraseMeetingContent} has nothing to do.
 */
public class RedisPersonalData implements PersonalData {

	static final String STORE = "redis";

	private final StringRedisTemplate redis;

	public RedisPersonalData(RedisConnectionFactory connections) {
		this.redis = new StringRedisTemplate(connections);
		this.redis.afterPropertiesSet();
	}

	@Override
	public Map<String, Long> eraseMeetingContent(TenantId tenantId, MeetingId meetingId) {
		return Map.of(STORE, 0L);
	}

	@Override
	public Map<String, Long> eraseMeeting(TenantId tenantId, MeetingId meetingId) {
		return Map.of(STORE, deleteMatching(meetingId.value().toString()));
	}

	/**
	 * Keys naming the address as a whole segment ({@code …:an@x.se} or
	 * {@code …:an@x.se:…}), so that {@code jan@x.se}'s keys stay.
	 */
	@Override
	public Map<String, Long> erasePerson(TenantId tenantId, EmailAddress email) {
		String address = glob(email.value().toLowerCase(Locale.ROOT));
		return Map.of(STORE, delete("kollegan:*:" + address) + delete("kollegan:*:" + address + ":*"));
	}

	@Override
	public Map<String, Long> eraseTenant(TenantId tenantId) {
		return Map.of(STORE, deleteMatching(tenantId.value().toString()));
	}

	/** Ids are UUIDs: one cannot be part of another, so any key containing one is its. */
	private long deleteMatching(String id) {
		return delete("kollegan:*" + glob(id) + "*");
	}

	private long delete(String pattern) {
		List<String> keys = new ArrayList<>();
		ScanOptions options = ScanOptions.scanOptions().match(pattern).count(500).build();
		try (Cursor<String> cursor = this.redis.scan(options)) {
			cursor.forEachRemaining(keys::add);
		}
		if (keys.isEmpty()) {
			return 0;
		}
		Long deleted = this.redis.delete(keys);
		return (deleted != null) ? deleted : 0;
	}

	/** The fragment taken literally in a SCAN pattern. */
	private static String glob(String fragment) {
		return fragment.replaceAll("([\\\\*?\\[\\]])", "\\\\$1");
	}

}
