package se.postboxen.kollegan.audit;

import java.util.Objects;

import se.postboxen.kollegan.shared.Text;

/**
 * Who did something: a signed-in user, an integration (a chat platform, a calendar sync),
 * Kollegan itself, or an unauthenticated caller.
 */
public record Actor(Kind kind, String id) {

	public enum Kind {

		USER, INTEGRATION, SYSTEM, ANONYMOUS

	}

	public Actor {
		Objects.requireNonNull(kind, "kind");
		id = Text.required(id, "actor id", 200);
	}

	public static Actor user(String userId) {
		return new Actor(Kind.USER, userId);
	}

	public static Actor integration(String name) {
		return new Actor(Kind.INTEGRATION, name);
	}

	public static Actor system(String component) {
		return new Actor(Kind.SYSTEM, component);
	}

	public static Actor anonymous() {
		return new Actor(Kind.ANONYMOUS, "anonymous");
	}

}
