package se.postboxen.kollegan.offboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.postboxen.kollegan.attendance.Attendance;
import se.postboxen.kollegan.attendance.MeetingBot;
import se.postboxen.kollegan.attendance.MeetingBots;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.ForgottenMeetings;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingNotFoundException;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use cases: "remove the agent and delete everything" for a meeting, a person or a
 * tenant. In one transaction: pending jobs are cancelled, the bot is sent away and the
 * gateway's copy deleted (through retried jobs, so the deletion never waits on a
 * gateway), every store is cleared, and the audit tombstone (what, when, by whom — counts
 * only) is written. The answer is a {@link DeletionReceipt}.
 */
public final class Offboarding {

	private final Meetings meetings;

	private final MeetingBots bots;

	private final JobQueue jobs;

	private final List<PersonalData> stores;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	private final Duration backupRetention;

	private final ForgottenMeetings forgotten;

	/**
	 * @param stores every store holding personal data (the database, the cache); all are
	 * erased inside the transaction that writes the tombstone, so a failure anywhere
	 * rolls the database back and the request can simply be repeated (erasing a cache
	 * twice is harmless)
	 * @param backupRetention how long backups are kept: data deleted now is gone from the
	 * last of them after that
	 */
	public Offboarding(Meetings meetings, MeetingBots bots, JobQueue jobs, List<PersonalData> stores, AuditLog auditLog,
			Transactions transactions, Clock clock, Duration backupRetention, ForgottenMeetings forgotten) {
		this.meetings = meetings;
		this.bots = bots;
		this.jobs = jobs;
		this.stores = List.copyOf(stores);
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
		this.backupRetention = backupRetention;
		this.forgotten = forgotten;
	}

	/**
	 * Removes the agent from one meeting and deletes everything about it.
	 * @throws MeetingNotFoundException when the tenant has no such meeting
	 */
	public DeletionReceipt meeting(TenantId tenantId, MeetingId meetingId, Actor actor) {
		Meeting meeting = this.meetings.findById(tenantId, meetingId).orElseThrow(MeetingNotFoundException::new);
		Map<String, Long> removed = this.transactions.inTransaction(() -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			counts.put("pending-jobs", (long) this.jobs.cancelOwnedBy(JobOwner.meeting(meetingId)));
			counts.put("gateway-recordings", cleanUpBots(this.bots.findByMeeting(meetingId).stream().toList()));
			this.stores.forEach(store -> merge(counts, store.eraseMeeting(tenantId, meetingId)));
			// So that a calendar or a recurring series does not book the agent into it
			// again.
			this.forgotten.forget(tenantId, ForgottenMeetings.marks(meeting));
			tombstone(tenantId, actor, "offboarded.meeting", "meeting", meetingId.toString(), counts);
			return counts;
		});
		return receipt("meeting", meetingId.toString(), removed);
	}

	/**
	 * A data-subject request: deletes what the tenant holds about one person. Meetings
	 * they only took part in stay, without them.
	 */
	public DeletionReceipt person(TenantId tenantId, EmailAddress email, Actor actor) {
		String subject = digest(email.value());
		Map<String, Long> removed = this.transactions.inTransaction(() -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			this.stores.forEach(store -> merge(counts, store.erasePerson(tenantId, email)));
			tombstone(tenantId, actor, "offboarded.person", "person", subject, counts);
			return counts;
		});
		return receipt("person", subject, removed);
	}

	/**
	 * Removes the agent from every meeting of the tenant and deletes the tenant. The
	 * tombstone outlives it: the audit trail has no foreign key to the tenant.
	 */
	public DeletionReceipt tenant(TenantId tenantId, Actor actor) {
		Map<String, Long> removed = this.transactions.inTransaction(() -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			counts.put("gateway-recordings", cleanUpBots(this.bots.findByTenant(tenantId)));
			this.stores.forEach(store -> merge(counts, store.eraseTenant(tenantId)));
			tombstone(tenantId, actor, "offboarded.tenant", "tenant", tenantId.toString(), counts);
			return counts;
		});
		return receipt("tenant", tenantId.toString(), removed);
	}

	/**
	 * @return how many bots' recordings the gateway is asked to delete
	 */
	private long cleanUpBots(List<MeetingBot> bots) {
		Instant now = this.clock.instant();
		bots.forEach(bot -> Attendance.cleanUp(bot, now).forEach(this.jobs::enqueue));
		return bots.size();
	}

	private void tombstone(TenantId tenantId, Actor actor, String action, String subjectType, String subjectId,
			Map<String, Long> counts) {
		Map<String, String> details = new LinkedHashMap<>();
		counts.forEach((store, count) -> details.put(store, Long.toString(count)));
		this.auditLog
			.record(AuditEvent.of(tenantId, this.clock.instant(), actor, action, subjectType, subjectId, details));
	}

	private DeletionReceipt receipt(String scope, String subject, Map<String, Long> removed) {
		Instant now = this.clock.instant();
		return new DeletionReceipt(scope, subject, now, removed, now.plus(this.backupRetention));
	}

	private static void merge(Map<String, Long> into, Map<String, Long> more) {
		more.forEach((store, count) -> into.merge(store, count, Long::sum));
	}

	/**
	 * The tombstone names the person by a digest: it must not keep the address itself.
	 */
	static String digest(String email) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
