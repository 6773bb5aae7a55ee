package se.postboxen.kollegan.breakglass;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.jobs.QueuedJobs;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.MovingClock;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.UserId;
import se.postboxen.kollegan.tenant.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreakGlassTests {

	private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

	private static final TenantId TENANT = new TenantId(UUID.randomUUID());

	private static final String REASON = "INC-2041: mötet måste stoppas nu"; // 32
																				// characters

	private final List<BreakGlassGrant> stored = new ArrayList<>();

	private final List<AuditEvent> audit = new ArrayList<>();

	private final List<BreakGlassNotice> mailed = new ArrayList<>();

	private int openTransactions;

	private final QueuedJobs jobs = new QueuedJobs(() -> this.openTransactions > 0);

	private final MovingClock clock = new MovingClock(NOW);

	private final List<User> users = List.of(user("astrid@kommun.example", Role.ADMIN),
			user("erik@kommun.example", Role.MEMBER), user("maja@kommun.example", Role.AUDITOR));

	private BreakGlass breakGlass() {
		return new BreakGlass(new InMemoryGrants(), new FixedUsers(), this.jobs, new ListedAudit(), new Counted(),
				this.clock, Duration.ofHours(1), this.mailed::add, URI.create("https://kollegan.example"));
	}

	private static BreakGlass.Request request(String reason, Duration duration) {
		return new BreakGlass.Request(TENANT, "oncall-1", "Jouren", EmailAddress.of("jour@kommun.example"), reason,
				duration);
	}

	@Test
	void theReasonMustSaySomethingAndTheTimeStayWithinItsBounds() {
		BreakGlass breakGlass = breakGlass();

		assertThatThrownBy(() -> breakGlass.open(request("  " + "x".repeat(19) + "  ", Duration.ofMinutes(30))))
			.isInstanceOfSatisfying(BreakGlassRefusedException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> breakGlass.open(request(REASON, Duration.ofMinutes(5).minusSeconds(1))))
			.isInstanceOfSatisfying(BreakGlassRefusedException.class,
					ex -> assertThat(ex.field()).isEqualTo("minutes"));
		assertThatThrownBy(() -> breakGlass.open(request(REASON, Duration.ofMinutes(61)))).isInstanceOfSatisfying(
				BreakGlassRefusedException.class, ex -> assertThat(ex.field()).isEqualTo("minutes"));
		assertThat(this.stored).isEmpty();
		assertThat(this.jobs.queued).isEmpty();

		assertThat(breakGlass.open(request("x".repeat(20), Duration.ofMinutes(5)))).isPresent();
		this.clock.set(NOW.plus(Duration.ofMinutes(5)));
		assertThat(breakGlass.open(request(REASON, Duration.ofHours(1)))).isPresent();
	}

	@Test
	void openingIsAuditedAnnouncedToAdministratorsAndAuditorsAndItsExpiryQueuedInOneTransaction() {
		BreakGlassGrant grant = breakGlass().open(request(REASON, Duration.ofMinutes(30))).orElseThrow();

		assertThat(grant.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
		assertThat(this.audit).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("break-glass.opened");
			assertThat(event.details()).doesNotContainValue(REASON);
		});
		assertThat(this.jobs.queued).extracting(JobRequest::payload)
			.containsExactlyInAnyOrder(
					new JobPayload.TellBreakGlass(grant.id(), BreakGlassNotice.Kind.OPENED,
							EmailAddress.of("astrid@kommun.example")),
					new JobPayload.TellBreakGlass(grant.id(), BreakGlassNotice.Kind.OPENED,
							EmailAddress.of("maja@kommun.example")),
					new JobPayload.ExpireBreakGlass(grant.id()));
		assertThat(this.jobs.queued).filteredOn(job -> job.payload() instanceof JobPayload.ExpireBreakGlass)
			.singleElement()
			.satisfies(job -> assertThat(job.runAt()).isEqualTo(grant.expiresAt()));
		assertThat(this.jobs.enqueuedInTransaction).containsOnly(true);
	}

	@Test
	void onePersonHoldsOneGrantAtATimeAndItGivesNothingOnceItsTimeIsOut() {
		BreakGlass breakGlass = breakGlass();
		BreakGlassGrant grant = breakGlass.open(request(REASON, Duration.ofMinutes(30))).orElseThrow();

		assertThat(breakGlass.open(request(REASON, Duration.ofMinutes(30)))).isEmpty();
		assertThat(breakGlass.active(TENANT, "oncall-1")).contains(grant);
		assertThat(breakGlass.active(TENANT, "someone-else")).isEmpty();

		this.clock.set(grant.expiresAt().minusNanos(1000));
		assertThat(breakGlass.active(TENANT, "oncall-1")).isPresent();
		this.clock.set(grant.expiresAt());
		assertThat(breakGlass.active(TENANT, "oncall-1")).isEmpty();
	}

	@Test
	void theExpiryJobWaitsForTheTimeRecordsItOnceAndLeavesAnEarlyEndAlone() {
		BreakGlass breakGlass = breakGlass();
		BreakGlassGrant grant = breakGlass.open(request(REASON, Duration.ofMinutes(30))).orElseThrow();

		assertThat(breakGlass.expire(TENANT, grant.id())).isInstanceOf(JobOutcome.Retry.class);

		this.clock.set(grant.expiresAt().plusSeconds(3));
		assertThat(breakGlass.expire(TENANT, grant.id())).isEqualTo(JobOutcome.done());
		assertThat(breakGlass.expire(TENANT, grant.id())).isEqualTo(JobOutcome.done());

		assertThat(this.audit).extracting(AuditEvent::action)
			.containsExactly("break-glass.opened", "break-glass.expired");
		assertThat(breakGlass.find(TENANT, grant.id()).orElseThrow().endedBy()).isEqualTo(BreakGlass.EXPIRY);
		assertThat(this.jobs.queued)
			.filteredOn(job -> job.payload() instanceof JobPayload.TellBreakGlass tell
					&& tell.kind() == BreakGlassNotice.Kind.ENDED)
			.hasSize(2);

		this.clock.set(grant.expiresAt().plusSeconds(60));
		BreakGlassGrant second = breakGlass.open(request(REASON, Duration.ofMinutes(10))).orElseThrow();
		assertThat(breakGlass.end(TENANT, second.id(), Actor.user("oncall-1"))).isPresent();
		assertThat(breakGlass.end(TENANT, second.id(), Actor.user("oncall-1"))).isEmpty();
		this.clock.set(second.expiresAt().plusSeconds(1));
		assertThat(breakGlass.expire(TENANT, second.id())).isEqualTo(JobOutcome.done());
		assertThat(this.audit).extracting(AuditEvent::action)
			.containsExactly("break-glass.opened", "break-glass.expired", "break-glass.opened", "break-glass.ended");
	}

	@Test
	void aNoticeNamesItsRecipientAndLinksToTheGrants() {
		BreakGlass breakGlass = breakGlass();
		BreakGlassGrant grant = breakGlass.open(request(REASON, Duration.ofMinutes(30))).orElseThrow();

		breakGlass.tell(TENANT, new JobPayload.TellBreakGlass(grant.id(), BreakGlassNotice.Kind.OPENED,
				EmailAddress.of("maja@kommun.example")));

		assertThat(this.mailed).singleElement().satisfies(notice -> {
			assertThat(notice.recipientName()).isEqualTo("maja");
			assertThat(notice.link()).isEqualTo(URI.create("https://kollegan.example/break-glass"));
			assertThat(notice.grant()).isEqualTo(grant);
		});
	}

	private static User user(String email, Role role) {
		return new User(UserId.newId(), TENANT, EmailAddress.of(email), email.substring(0, email.indexOf('@')), role);
	}

	private final class InMemoryGrants implements BreakGlassGrants {

		@Override
		public boolean open(BreakGlassGrant grant) {
			if (active(grant.tenantId(), grant.subject(), grant.openedAt()).isPresent()) {
				return false;
			}
			return BreakGlassTests.this.stored.add(grant);
		}

		@Override
		public Optional<BreakGlassGrant> active(TenantId tenantId, String subject, Instant at) {
			return BreakGlassTests.this.stored.stream()
				.filter(grant -> grant.tenantId().equals(tenantId) && grant.subject().equals(subject)
						&& grant.activeAt(at))
				.findFirst();
		}

		@Override
		public Optional<BreakGlassGrant> findById(TenantId tenantId, BreakGlassGrantId id) {
			return BreakGlassTests.this.stored.stream()
				.filter(grant -> grant.tenantId().equals(tenantId) && grant.id().equals(id))
				.findFirst();
		}

		@Override
		public Optional<BreakGlassGrant> end(TenantId tenantId, BreakGlassGrantId id, Instant at, Actor by) {
			Optional<BreakGlassGrant> open = findById(tenantId, id).filter(grant -> grant.endedAt() == null);
			open.ifPresent(grant -> {
				BreakGlassTests.this.stored.remove(grant);
				BreakGlassTests.this.stored.add(grant.endedAt(at, by));
			});
			return open.flatMap(grant -> findById(tenantId, id));
		}

		@Override
		public List<BreakGlassGrant> recent(TenantId tenantId, int limit) {
			return BreakGlassTests.this.stored.stream()
				.sorted(Comparator.comparing(BreakGlassGrant::openedAt).reversed())
				.limit(limit)
				.toList();
		}

		@Override
		public long countActive(Instant at) {
			return BreakGlassTests.this.stored.stream().filter(grant -> grant.activeAt(at)).count();
		}

	}

	private final class FixedUsers implements Users {

		@Override
		public Optional<User> findByEmail(TenantId tenantId, EmailAddress email) {
			return BreakGlassTests.this.users.stream().filter(user -> user.email().equals(email)).findFirst();
		}

		@Override
		public Optional<User> findById(TenantId tenantId, UserId id) {
			return BreakGlassTests.this.users.stream().filter(user -> user.id().equals(id)).findFirst();
		}

		@Override
		public List<User> findAll(TenantId tenantId) {
			return BreakGlassTests.this.users;
		}

		@Override
		public User save(User user) {
			return user;
		}

	}

	private final class ListedAudit implements AuditLog {

		@Override
		public void record(AuditEvent event) {
			BreakGlassTests.this.audit.add(event);
		}

		@Override
		public List<AuditEvent> recent(TenantId tenantId, int limit) {
			return List.copyOf(BreakGlassTests.this.audit);
		}

	}

	private final class Counted implements Transactions {

		@Override
		public <T> T inTransaction(Supplier<T> work) {
			BreakGlassTests.this.openTransactions++;
			try {
				return work.get();
			}
			finally {
				BreakGlassTests.this.openTransactions--;
			}
		}

		@Override
		public void afterCommit(Runnable action) {
			action.run();
		}

	}

}
