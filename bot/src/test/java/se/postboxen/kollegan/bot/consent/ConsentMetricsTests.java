package se.postboxen.kollegan.bot.consent;

import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentReplies;
import se.postboxen.kollegan.consent.ConsentReply;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ConsentMetricsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ConsentMetrics metrics = new ConsentMetrics(this.registry);

	private static ConsentReply reply(ConsentAnswer answer, ConsentLevel level, ConsentChannel channel) {
		return new ConsentReply(TenantId.newId(), MeetingId.newId(), Person.of("Sara Nilsson", null), level, answer,
				channel, Instant.parse("2031-05-01T08:00:00Z"));
	}

	private double count(String answer, String level, String channel) {
		return this.registry.get("kollegan.consent.answers")
			.tag("answer", answer)
			.tag("level", level)
			.tag("channel", channel)
			.counter()
			.count();
	}

	@Test
	void countsEachRecordedAnswerByAnswerLevelAndChannelOnly() {
		ConsentReplies replies = this.metrics.counting(reply -> {
		});

		replies.replied(reply(ConsentAnswer.ACCEPTED, ConsentLevel.PLUS, ConsentChannel.TEAMS));
		replies.replied(reply(ConsentAnswer.ACCEPTED, ConsentLevel.PLUS, ConsentChannel.TEAMS));
		replies.replied(reply(ConsentAnswer.DECLINED, ConsentLevel.JURIDIK, ConsentChannel.SLACK));

		assertThat(count("ACCEPTED", "PLUS", "TEAMS")).isEqualTo(2);
		assertThat(count("DECLINED", "JURIDIK", "SLACK")).isEqualTo(1);
		assertThat(this.registry.get("kollegan.consent.answers").counters())
			.as("every combination from the start, and no other tag")
			.hasSize(ConsentAnswer.values().length * ConsentLevel.values().length * ConsentChannel.values().length)
			.allSatisfy(counter -> assertThat(counter.getId().getTags()).hasSize(3));
	}

	@Test
	void anAnswerThatCouldNotBeRecordedIsNotCounted() {
		ConsentReplies replies = this.metrics.counting(reply -> {
			throw new IllegalStateException("database down");
		});

		assertThatIllegalStateException()
			.isThrownBy(() -> replies.replied(reply(ConsentAnswer.ACCEPTED, ConsentLevel.BAS, ConsentChannel.ZOOM)));

		assertThat(count("ACCEPTED", "BAS", "ZOOM")).isZero();
	}

}
