package se.postboxen.kollegan.document;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.Text;

/**
 * Who uploaded a document: members see only their own, and may delete them.
 *
 * @param subject the identity provider's stable id for them
 * @param email their address, when their sign-in names one
 * @param name their name, for the list
 */
public record Uploader(String subject, @Nullable EmailAddress email, String name) {

	public Uploader {
		subject = Text.required(subject, "subject", 200);
		name = Text.required(name, "name", 200);
	}

	/** The same person: by their stable id, or by their address when both have one. */
	public boolean isSame(Uploader other) {
		Objects.requireNonNull(other, "other");
		return this.subject.equals(other.subject) || (this.email != null && this.email.equals(other.email));
	}

}
