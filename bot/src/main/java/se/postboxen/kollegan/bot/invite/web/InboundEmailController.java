package se.postboxen.kollegan.bot.invite.web;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import se.postboxen.kollegan.bot.invite.InviteProperties;
import se.postboxen.kollegan.invite.InvitationResult;
import se.postboxen.kollegan.invite.Invitations;
import se.postboxen.kollegan.invite.UnreadableMailException;
import se.postboxen.kollegan.meeting.ConcurrentMeetingUpdateException;
import se.postboxen.kollegan.shared.HmacSha256;

/**
 * Raw e-mail to the agent's addresses, from any mail provider's inbound webhook or a
 * small relay, signed with {@code X-Kollegan-Signature: sha256=<hex HMAC-SHA256(body)>}.
 * Every well-signed mail gets 200 with what it led to (so that providers do not retry a
 * mail that was read and declined); a bad signature gets 401.
 */
@RestController
class InboundEmailController {

	static final String SIGNATURE_HEADER = "X-Kollegan-Signature";

	private static final Logger logger = LoggerFactory.getLogger(InboundEmailController.class);

	private final Invitations invitations;

	private final byte[] secret;

	InboundEmailController(Invitations invitations, InviteProperties properties) {
		this.invitations = invitations;
		this.secret = properties.inboundSecret().getBytes(StandardCharsets.UTF_8);
	}

	@PostMapping(path = "/api/inbound/email", consumes = "message/rfc822", produces = MediaType.APPLICATION_JSON_VALUE)
	InboundEmailResponse receive(@RequestHeader(name = SIGNATURE_HEADER, required = false) @Nullable String signature,
			@RequestBody byte[] mail) {
		if (!validSignature(signature, mail)) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Missing or wrong " + SIGNATURE_HEADER);
		}
		InvitationResult result;
		try {
			result = receiveOnce(mail);
		}
		catch (UnreadableMailException ex) {
			result = new InvitationResult(InvitationResult.Outcome.REJECTED, null, "unreadable-mail");
		}
		logger.info("Inbound mail: {} ({})", result.outcome(), result.reason());
		return InboundEmailResponse.of(result);
	}

	/**
	 * Once more when a calendar sync stored the same meeting at the same moment: the
	 * second reading finds it and updates it instead.
	 */
	private InvitationResult receiveOnce(byte[] mail) {
		try {
			return this.invitations.receive(mail);
		}
		catch (ConcurrentMeetingUpdateException | OptimisticLockingFailureException ex) {
			return this.invitations.receive(mail);
		}
	}

	private boolean validSignature(@Nullable String header, byte[] body) {
		if (header == null || !header.regionMatches(true, 0, "sha256=", 0, 7)) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(header.substring(7).strip().toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		// Constant time: the comparison must not tell how much of a guess was right.
		return HmacSha256.same(HmacSha256.of(this.secret, body), given);
	}

	record InboundEmailResponse(String outcome, @Nullable String meetingId, String reason) {

		static InboundEmailResponse of(InvitationResult result) {
			return new InboundEmailResponse(result.outcome().name().toLowerCase(Locale.ROOT),
					(result.meetingId() != null) ? result.meetingId().value().toString() : null, result.reason());
		}

	}

}
