package se.postboxen.kollegan.person;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, normalised to lower case so that the same person is found whatever
 * the case an invitation or a chat platform used. Serializable: signed-in users carry it
 * in their shared session (docs/adr/0012).
 */
public record EmailAddress(String value) implements Serializable {

	/** RFC 5321 limits a forward path to 254 characters. */
	public static final int MAX_LENGTH = 254;

	// Deliberately pragmatic (local@domain.tld): full RFC 5322 syntax admits addresses no
	// calendar or chat platform produces, and the real check is delivery, not syntax.
	private static final Pattern SYNTAX = Pattern
		.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

	public EmailAddress {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("email must not be blank");
		}
		value = value.strip().toLowerCase(Locale.ROOT);
		if (value.length() > MAX_LENGTH || !SYNTAX.matcher(value).matches()) {
			throw new IllegalArgumentException("email is not a valid address");
		}
	}

	public static EmailAddress of(String value) {
		return new EmailAddress(value);
	}

	public static boolean isValid(String value) {
		try {
			new EmailAddress(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The part after the {@code @}, used to tell organisations apart. */
	public String domain() {
		return this.value.substring(this.value.indexOf('@') + 1);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
