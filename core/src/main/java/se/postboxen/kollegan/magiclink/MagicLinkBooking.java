package se.postboxen.kollegan.magiclink;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.meeting.Booking;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use cases: make a magic link, show what it would do, and confirm it — which schedules
 * the agent through {@link MeetingScheduling} and uses the link up in the same
 * transaction.
 */
public final class MagicLinkBooking {

	/** A link that was made, as its maker receives it. */
	public record Made(MagicLink link, String token) {

	}

	private final MagicLinks links;

	private final MagicLinkSigner signer;

	private final MeetingScheduling scheduling;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	private final Duration lifetime;

	public MagicLinkBooking(MagicLinks links, MagicLinkSigner signer, MeetingScheduling scheduling, AuditLog auditLog,
			Transactions transactions, Clock clock, Duration lifetime) {
		this.links = links;
		this.signer = signer;
		this.scheduling = scheduling;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/**
	 * @throws IllegalArgumentException when the meeting would break a meeting invariant
	 * (checked now, not when someone confirms)
	 */
	public Made make(TenantId tenantId, String subject, @Nullable EmailAddress email, String title, URI joinUrl,
			ZonedDateTime startsAt, ZonedDateTime endsAt) {
		// The meeting's own rules, at once: a link that can never be confirmed helps no
		// one.
		Meeting.schedule(tenantId, title, null, joinUrl, startsAt, endsAt, null, List.of(), ExternalIds.NONE, 0, email);
		Instant now = this.clock.instant();
		MagicLink link = new MagicLink(UUID.randomUUID(), tenantId, subject, email, title, joinUrl, startsAt, endsAt,
				now.plus(this.lifetime), null);
		return this.transactions.inTransaction(() -> {
			this.links.save(link);
			this.auditLog.record(AuditEvent.of(tenantId, now, Actor.user(subject), "magic-link.created", "magic-link",
					link.id().toString(), Map.of("expiresAt", link.expiresAt().toString())));
			return new Made(link, this.signer.sign(link.id(), link.expiresAt()));
		});
	}

	/**
	 * The link behind a token, if it still works.
	 * @throws MagicLinkException when it is invalid, expired or used
	 */
	public MagicLink open(String token) {
		MagicLinkSigner.Claims claims = this.signer.verify(token)
			.orElseThrow(() -> new MagicLinkException(MagicLinkProblem.INVALID));
		MagicLink link = this.links.findById(claims.linkId())
			.orElseThrow(() -> new MagicLinkException(MagicLinkProblem.INVALID));
		if (!this.clock.instant().isBefore(claims.expiresAt()) || !this.clock.instant().isBefore(link.expiresAt())) {
			throw new MagicLinkException(MagicLinkProblem.EXPIRED);
		}
		if (link.usedAt() != null) {
			throw new MagicLinkException(MagicLinkProblem.USED);
		}
		return link;
	}

	/**
	 * Schedules the agent and uses the link up.
	 * @throws MagicLinkException when it is invalid, expired or used (also when someone
	 * else confirmed it a moment ago)
	 */
	public Booking confirm(String token) {
		MagicLink link = open(token);
		return this.transactions.inTransaction(() -> {
			if (!this.links.use(link.id(), this.clock.instant())) {
				throw new MagicLinkException(MagicLinkProblem.USED);
			}
			return this.scheduling.schedule(new ScheduleMeeting(link.tenantId(), Actor.user(link.createdBy()),
					link.createdByEmail(), link.title(), null, link.joinUrl(), link.startsAt(), link.endsAt(), null,
					List.of(), ExternalIds.NONE, 0, BookingChannel.MAGIC_LINK));
		});
	}

}
