package se.postboxen.kollegan.breakglass;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.Users;

/**
 * Use case: break-glass access. Whether a person is eligible is the identity provider's
 * word (the web layer lets only them ask); this decides the rest. A grant needs a reason
 * of some substance and a duration within the configured longest; one person holds at
 * most one at a time. Opening it is audited, and in the same transaction a notice to each
 * administrator and auditor of the tenant and the grant's expiry are queued — so an
 * access that is stored is always announced and always ends, and one that rolled back
 * never was. The rights end at {@code expiresAt} whether or not the expiry job has run
 * yet: every request checks the grant's time.
 */
public final class BreakGlass {

	/** Who ends a grant that ran out. */
	public static final Actor EXPIRY = Actor.system("break-glass-expiry");

	/** The shortest access worth the ceremony. */
	public static final Duration SHORTEST = Duration.ofMinutes(5);

	private final BreakGlassGrants grants;

	private final Users users;

	private final JobQueue jobs;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	private final Duration longest;

	private final BreakGlassMail mail;

	private final URI dashboard;

	public BreakGlass(BreakGlassGrants grants, Users users, JobQueue jobs, AuditLog auditLog, Transactions transactions,
			Clock clock, Duration longest, BreakGlassMail mail, URI dashboard) {
		if (longest.compareTo(SHORTEST) < 0) {
			throw new IllegalArgumentException("the longest break-glass access must be at least " + SHORTEST);
		}
		this.grants = grants;
		this.users = users;
		this.jobs = jobs;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
		this.longest = longest;
		this.mail = mail;
		this.dashboard = dashboard;
	}

	/** Who asks, for how long and why. */
	public record Request(TenantId tenantId, String subject, String name, @Nullable EmailAddress email, String reason,
			Duration duration) {

		public Request {
			Objects.requireNonNull(tenantId, "tenantId");
			Objects.requireNonNull(subject, "subject");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(reason, "reason");
			Objects.requireNonNull(duration, "duration");
		}

	}

	public Duration longest() {
		return this.longest;
	}

	/**
	 * Opens access for the asker.
	 * @return the grant, or empty when the asker already holds one that is active
	 * @throws BreakGlassRefusedException when the reason or the duration breaks a rule
	 */
	public Optional<BreakGlassGrant> open(Request request) {
		String reason = request.reason().strip();
		if (reason.length() < BreakGlassGrant.MIN_REASON_LENGTH) {
			throw new BreakGlassRefusedException("reason",
					"Beskriv varför, med minst %d tecken / Say why, in at least %d characters"
						.formatted(BreakGlassGrant.MIN_REASON_LENGTH, BreakGlassGrant.MIN_REASON_LENGTH));
		}
		if (reason.length() > BreakGlassGrant.MAX_REASON_LENGTH) {
			throw new BreakGlassRefusedException("reason", "Högst %d tecken / At most %d characters"
				.formatted(BreakGlassGrant.MAX_REASON_LENGTH, BreakGlassGrant.MAX_REASON_LENGTH));
		}
		Duration duration = request.duration();
		if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(this.longest) > 0) {
			throw new BreakGlassRefusedException("minutes",
					"Mellan %d och %d minuter / Between %d and %d minutes".formatted(SHORTEST.toMinutes(),
							this.longest.toMinutes(), SHORTEST.toMinutes(), this.longest.toMinutes()));
		}
		return this.transactions.inTransaction(() -> {
			// Microseconds, as the database keeps them: the expiry job runs at the
			// stored instant.
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
			BreakGlassGrant grant = new BreakGlassGrant(BreakGlassGrantId.newId(), request.tenantId(),
					request.subject(), request.name(), request.email(), reason, now, now.plus(duration), null, null);
			if (!this.grants.open(grant)) {
				return Optional.<BreakGlassGrant>empty();
			}
			this.auditLog.record(AuditEvent.of(grant.tenantId(), now, Actor.user(grant.subject()), "break-glass.opened",
					"break-glass", grant.id().toString(), Map.of("role", Role.ADMIN.name(), "expiresAt",
							grant.expiresAt().toString(), "minutes", Long.toString(duration.toMinutes()))));
			tellEveryone(grant, BreakGlassNotice.Kind.OPENED, now);
			this.jobs.enqueue(new JobRequest(new JobKey("break-glass:expiry:" + grant.id()),
					new JobPayload.ExpireBreakGlass(grant.id()), grant.tenantId(), null, grant.expiresAt()));
			return Optional.of(grant);
		});
	}

	public Optional<BreakGlassGrant> find(TenantId tenantId, BreakGlassGrantId id) {
		return this.grants.findById(tenantId, id);
	}

	/** The person's active grant, which makes them an administrator for this request. */
	public Optional<BreakGlassGrant> active(TenantId tenantId, String subject) {
		return this.grants.active(tenantId, subject, this.clock.instant());
	}

	/**
	 * Ends a grant before its time: the person themselves, or an administrator of the
	 * tenant (the web layer decides who may ask).
	 * @return the ended grant, or empty when there is no such grant or it had ended
	 */
	public Optional<BreakGlassGrant> end(TenantId tenantId, BreakGlassGrantId id, Actor by) {
		return this.transactions.inTransaction(() -> {
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
			Optional<BreakGlassGrant> found = this.grants.findById(tenantId, id);
			if (found.isEmpty() || !found.get().activeAt(now)) {
				return Optional.<BreakGlassGrant>empty();
			}
			Optional<BreakGlassGrant> ended = this.grants.end(tenantId, id, now, by);
			ended.ifPresent(grant -> {
				this.auditLog.record(AuditEvent.of(tenantId, now, by, "break-glass.ended", "break-glass",
						grant.id().toString(), Map.of("expiresAt", grant.expiresAt().toString())));
				tellEveryone(grant, BreakGlassNotice.Kind.ENDED, now);
			});
			return ended;
		});
	}

	/**
	 * The expiry job: records that the grant ran out and tells everyone. A grant ended
	 * early was announced then; a job that runs early (clocks apart) waits for the time.
	 */
	public JobOutcome expire(TenantId tenantId, BreakGlassGrantId id) {
		Optional<BreakGlassGrant> found = this.grants.findById(tenantId, id);
		if (found.isEmpty() || found.get().endedAt() != null) {
			return JobOutcome.done();
		}
		BreakGlassGrant grant = found.get();
		if (this.clock.instant().isBefore(grant.expiresAt())) {
			return JobOutcome.retryAt(grant.expiresAt(), "break-glass access has not expired yet");
		}
		this.transactions.inTransaction(() -> {
			this.grants.end(tenantId, id, grant.expiresAt(), EXPIRY).ifPresent(ended -> {
				this.auditLog.record(AuditEvent.of(tenantId, this.clock.instant(), EXPIRY, "break-glass.expired",
						"break-glass", ended.id().toString(), Map.of("expiresAt", ended.expiresAt().toString())));
				tellEveryone(ended, BreakGlassNotice.Kind.ENDED, this.clock.instant());
			});
			return null;
		});
		return JobOutcome.done();
	}

	/** The notice job: one recipient, one mail. */
	public JobOutcome tell(TenantId tenantId, JobPayload.TellBreakGlass notice) {
		Optional<BreakGlassGrant> grant = this.grants.findById(tenantId, notice.grantId());
		if (grant.isEmpty()) {
			// The tenant was erased since; there is nobody left to tell.
			return JobOutcome.done();
		}
		String name = this.users.findAll(tenantId)
			.stream()
			.filter(user -> user.email().equals(notice.recipient()))
			.map(User::displayName)
			.findFirst()
			.orElse(null);
		this.mail
			.tell(new BreakGlassNotice(grant.get(), notice.kind(), notice.recipient(), name, page(this.dashboard)));
		return JobOutcome.done();
	}

	/** The tenant's grants, newest first, for administrators and auditors to review. */
	public List<BreakGlassGrant> recent(TenantId tenantId, int limit) {
		return this.grants.recent(tenantId, limit);
	}

	/** How many grants give rights now, across tenants. */
	public long countActive() {
		return this.grants.countActive(this.clock.instant());
	}

	/**
	 * Queues one notice per administrator and auditor, each keyed by grant, kind and user
	 * so that a retry never mails anyone twice.
	 */
	private void tellEveryone(BreakGlassGrant grant, BreakGlassNotice.Kind kind, Instant at) {
		this.users.findAll(grant.tenantId())
			.stream()
			.filter(user -> user.role() == Role.ADMIN || user.role() == Role.AUDITOR)
			.forEach(user -> this.jobs.enqueue(new JobRequest(
					new JobKey("break-glass:" + kind.name().toLowerCase(Locale.ROOT) + ":" + grant.id() + ":"
							+ user.id().value()),
					new JobPayload.TellBreakGlass(grant.id(), kind, user.email()), grant.tenantId(), null, at)));
	}

	/** The dashboard page where grants are listed and ended. */
	public static URI page(URI dashboard) {
		String base = dashboard.toString();
		return URI.create((base.endsWith("/") ? base : base + "/") + "break-glass");
	}

}
