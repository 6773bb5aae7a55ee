package se.postboxen.kollegan.bot.consent;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentReplies;
import se.postboxen.kollegan.consent.ConsentReply;

/**
 * Consent answers as participants give them:
 * {@code kollegan_consent_answers_total{answer,level,channel}}, three small enumerations
 * as tags and never who answered or in which meeting. Every combination is registered at
 * start, so that a decline rate exists before the first answer.
 */
class ConsentMetrics {

	private record Key(ConsentAnswer answer, ConsentLevel level, ConsentChannel channel) {

	}

	private final Map<Key, Counter> counters = new HashMap<>();

	ConsentMetrics(MeterRegistry registry) {
		for (ConsentAnswer answer : ConsentAnswer.values()) {
			for (ConsentLevel level : ConsentLevel.values()) {
				for (ConsentChannel channel : ConsentChannel.values()) {
					this.counters.put(new Key(answer, level, channel),
							Counter.builder("kollegan.consent.answers")
								.description("Consent answers given, by answer, level and where they were given")
								.tag("answer", answer.name())
								.tag("level", level.name())
								.tag("channel", channel.name())
								.register(registry));
				}
			}
		}
	}

	/**
	 * The replies, each counted once it is recorded: an answer the platform delivers
	 * again after a failure counts once.
	 */
	ConsentReplies counting(ConsentReplies replies) {
		return reply -> {
			replies.replied(reply);
			count(reply);
		};
	}

	private void count(ConsentReply reply) {
		this.counters.get(new Key(reply.answer(), reply.level(), reply.channel())).increment();
	}

}
