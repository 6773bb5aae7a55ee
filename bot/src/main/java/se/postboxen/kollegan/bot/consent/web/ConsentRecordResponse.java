package se.postboxen.kollegan.bot.consent.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.consent.ConsentRecord;

/** One participant's answer, as the post-brief shows it. */
record ConsentRecordResponse(@Nullable String name, @Nullable String email, String level, String answer, String channel,
		Instant answeredAt) {

	static ConsentRecordResponse of(ConsentRecord record) {
		return new ConsentRecordResponse(record.participant().name(),
				(record.participant().email() != null) ? record.participant().email().value() : null,
				record.level().name(), record.answer().name(), record.channel().name(), record.answeredAt());
	}

}
