package se.postboxen.kollegan.chat;

import java.util.Objects;

/**
 * What Kollegan answers in chat: plain text in the asker's language (platforms render
 * their own formatting around it).
 */
public record ChatReply(String text) {

	public ChatReply {
		Objects.requireNonNull(text, "text");
	}

}
