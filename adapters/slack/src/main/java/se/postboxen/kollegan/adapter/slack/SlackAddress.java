package se.postboxen.kollegan.adapter.slack;

import java.net.URI;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where Kollegan answers in Slack, kept by core as an opaque string
 * ({@code [team/]channel[ responseUrl]}): the workspace, whose own token posts there; the
 * channel a command came from, or a person's id for a direct message; and the command's
 * response URL. Answers to the asker go to the response URL (no bot token needed, and it
 * works in channels the bot was never added to, but only for 30 minutes and five
 * messages); consent cards, notices and nudges, which may come later, go to the channel
 * through {@code chat.postMessage}. Addresses written before the workspace was part of
 * them have none, and are posted to with the configured bot token.
 *
 * @param teamId the workspace ({@code T…}), if known
 * @param channelId the channel ({@code C…}, {@code G…}), direct message ({@code D…}) or
 * person ({@code U…}, {@code W…}: their direct message with Kollegan)
 * @param responseUrl the command's response URL, if it still has one
 */
record SlackAddress(@Nullable String teamId, String channelId, @Nullable URI responseUrl) {

	private static final String SEPARATOR = " ";

	private static final String TEAM_SEPARATOR = "/";

	SlackAddress {
		Objects.requireNonNull(channelId, "channelId");
		if (!isId(channelId)) {
			throw new IllegalArgumentException("Not a Slack channel id");
		}
		if (teamId != null && !isId(teamId)) {
			throw new IllegalArgumentException("Not a Slack team id");
		}
	}

	private static boolean isId(String id) {
		return !id.isBlank() && !id.contains(SEPARATOR) && !id.contains(TEAM_SEPARATOR);
	}

	static SlackAddress parse(String address) {
		int separator = address.indexOf(SEPARATOR);
		String place = (separator < 0) ? address : address.substring(0, separator);
		URI responseUrl = (separator < 0) ? null : URI.create(address.substring(separator + 1));
		int team = place.indexOf(TEAM_SEPARATOR);
		return (team < 0) ? new SlackAddress(null, place, responseUrl)
				: new SlackAddress(place.substring(0, team), place.substring(team + 1), responseUrl);
	}

	@Override
	public String toString() {
		String place = (this.teamId != null) ? this.teamId + TEAM_SEPARATOR + this.channelId : this.channelId;
		return (this.responseUrl != null) ? place + SEPARATOR + this.responseUrl : place;
	}

}
