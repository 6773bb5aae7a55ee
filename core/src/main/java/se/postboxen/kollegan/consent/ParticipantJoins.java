package se.postboxen.kollegan.consent;

import se.postboxen.kollegan.person.Person;

/**
 * Where a meeting-bot gateway reports that someone joined the meeting its bot is in:
 * {@link Consent#joined}, so that late joiners are asked too.
 */
@FunctionalInterface
public interface ParticipantJoins {

	void joined(String botId, Person participant);

}
