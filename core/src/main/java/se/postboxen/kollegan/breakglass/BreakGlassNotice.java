package se.postboxen.kollegan.breakglass;

import java.net.URI;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;

/**
 * Tells one administrator or auditor that someone opened break-glass access, or that it
 * ended.
 */
public record BreakGlassNotice(BreakGlassGrant grant, Kind kind, EmailAddress recipient, @Nullable String recipientName,
		URI link) {

	public enum Kind {

		OPENED, ENDED

	}

	public BreakGlassNotice {
		Objects.requireNonNull(grant, "grant");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(link, "link");
	}

}
