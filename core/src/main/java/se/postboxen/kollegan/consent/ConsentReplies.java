package se.postboxen.kollegan.consent;

/**
 * Where chat platforms deliver consent answers: {@link Consent#replied}, reached by a
 * platform's webhook or called directly by the in-process sandbox.
 */
@FunctionalInterface
public interface ConsentReplies {

	void replied(ConsentReply reply);

}
