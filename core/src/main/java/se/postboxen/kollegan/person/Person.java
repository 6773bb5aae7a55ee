package se.postboxen.kollegan.person;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.shared.Text;

/**
 * Someone taking part in a meeting: an organiser, a participant, an action's owner.
 * Calendars and chat platforms do not always give both, so either may be missing, but not
 * both.
 */
public record Person(@Nullable String name, @Nullable EmailAddress email) {

	public static final int MAX_NAME_LENGTH = 200;

	public Person {
		name = Text.optional(name, "name", MAX_NAME_LENGTH);
		if (name == null && email == null) {
			throw new IllegalArgumentException("a person needs a name or an email");
		}
	}

	public static Person of(@Nullable String name, @Nullable String email) {
		return new Person(name, (email != null && !email.isBlank()) ? EmailAddress.of(email) : null);
	}

	/** Whether two mentions are the same person: by e-mail when both have one. */
	public boolean isSamePersonAs(Person other) {
		if (this.email != null && other.email != null) {
			return this.email.equals(other.email);
		}
		return this.email == null && other.email == null && this.name != null && this.name.equalsIgnoreCase(other.name);
	}

}
