package se.postboxen.kollegan.adapter.slack;

import java.net.URI;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where Kollegan answers in Slack, kept by core as an opaque string: the channel a
 * command came from, and the command's response URL. Answers to the asker go to the
 * response URL (no bot token needed, and it works in channels the bot was never added to,
 * but only for 30 minutes and five messages); consent cards, which may come later and are
 * for everyone, go to the channel through {@code chat.postMessage}.
 *
 * @param channelId the channel ({@code C…}, {@code G…}) or direct message ({@code D…})
 * @param responseUrl the command's response URL, if it still has one
 */
record SlackAddress(String channelId, @Nullable URI responseUrl) {

	private static final String SEPARATOR = " ";

	SlackAddress {
		Objects.requireNonNull(channelId, "channelId");
		if (channelId.isBlank() || channelId.contains(SEPARATOR)) {
			throw new IllegalArgumentException("Not a Slack channel id");
		}
	}

	static SlackAddress parse(String address) {
		int separator = address.indexOf(SEPARATOR);
		if (separator < 0) {
			return new SlackAddress(address, null);
		}
		return new SlackAddress(address.substring(0, separator), URI.create(address.substring(separator + 1)));
	}

	@Override
	public String toString() {
		return (this.responseUrl != null) ? this.channelId + SEPARATOR + this.responseUrl : this.channelId;
	}

}
