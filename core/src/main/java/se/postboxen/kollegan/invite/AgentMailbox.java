package se.postboxen.kollegan.invite;

import java.util.List;

/**
 * The agent's own Microsoft 365 mailbox, for organisations that would rather have
 * invitations delivered there than relayed to the inbound webhook.
 */
public interface AgentMailbox {

	/** Whether a mailbox is configured. */
	boolean configured();

	/** Ids of unread messages, oldest first. */
	List<String> unread(int max);

	/** The message as raw MIME. */
	byte[] mime(String messageId);

	void markRead(String messageId);

}
