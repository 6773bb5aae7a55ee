package se.postboxen.kollegan.bot.invite;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The {@code X-Kollegan-Signature} a mail relay sends with an inbound mail. */
public final class InboundSignature {

	private InboundSignature() {
	}

	public static String of(byte[] body, String secret) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
	}

	/** Signed with the documented development secret the test server runs with. */
	public static String demo(byte[] body) throws GeneralSecurityException {
		return of(body, InviteProperties.DEMO_INBOUND_SECRET);
	}

}
