package se.postboxen.kollegan.chat;

import java.util.Optional;

import se.postboxen.kollegan.person.EmailAddress;

/** Answers commands on one chat platform, where they were asked. */
public interface ChatResponder {

	ChatPlatformKind kind();

	/**
	 * @param replyTo the address the platform's ingress gave with the command
	 * @throws RuntimeException when the platform cannot be reached (the job retries)
	 */
	void reply(String replyTo, ChatReply reply);

	/**
	 * The address of the person who wrote a command, when the delivery itself did not
	 * carry it (Teams and Slack name people by platform ids): asked for when the command
	 * runs, never while the platform waits for its acknowledgement.
	 * @throws RuntimeException when the platform cannot be reached (the job retries)
	 */
	Optional<EmailAddress> emailOf(String replyTo, String platformUserId);

	/**
	 * Where the person who wrote at {@code replyTo} can be written to alone later (for
	 * nudges), when the platform allows it: their 1:1 chat with Kollegan, a direct
	 * message.
	 */
	Optional<String> directAddress(String replyTo, String platformUserId);

}
