package se.postboxen.kollegan.shared;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256, the signature of every signed thing Kollegan checks or makes (inbound
 * mail, magic links, gateway webhooks), and its constant-time comparison.
 */
public final class HmacSha256 {

	private HmacSha256() {
	}

	/** The MAC of the parts, in order, as if they were one message. */
	public static byte[] of(byte[] key, byte[]... parts) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			for (byte[] part : parts) {
				mac.update(part);
			}
			return mac.doFinal();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

	/**
	 * Whether two MACs are equal, in time that does not tell how much of a guess was
	 * right.
	 */
	public static boolean same(byte[] expected, byte[] given) {
		return MessageDigest.isEqual(expected, given);
	}

}
