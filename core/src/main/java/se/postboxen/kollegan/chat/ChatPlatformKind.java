package se.postboxen.kollegan.chat;

import se.postboxen.kollegan.consent.ConsentChannel;

/** The chat platforms Kollegan talks through. */
public enum ChatPlatformKind {

	TEAMS(ConsentChannel.TEAMS), SLACK(ConsentChannel.SLACK), ZOOM(ConsentChannel.ZOOM);

	private final ConsentChannel consentChannel;

	ChatPlatformKind(ConsentChannel consentChannel) {
		this.consentChannel = consentChannel;
	}

	/** How a consent answer given here is recorded. */
	public ConsentChannel consentChannel() {
		return this.consentChannel;
	}

}
