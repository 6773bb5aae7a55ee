package se.postboxen.kollegan.bot.brief;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Briefs before and after meetings.
 *
 * @param preOffsets how long before a meeting's start its organiser gets a pre-brief, one
 * per offset; a meeting booked later than an offset does not get that one, and none turns
 * pre-briefs off
 * @param earlierMeetings how many earlier meetings of the same series or with the same
 * people a pre-brief looks back on
 * @param postDelay how long after the recap the post-brief is mailed, so that the
 * actions' task-board links are in it
 */
@Validated
@ConfigurationProperties("kollegan.briefs")
public record BriefProperties(@NotNull @Size(max = 5) @DefaultValue( {
		"24h", "1h" }) List<@NotNull @DurationMin(minutes = 1) @DurationMax(days = 14) Duration> preOffsets,
		@Min(0) @Max(20) @DefaultValue("3") int earlierMeetings,
		@NotNull @DurationMax(hours = 24) @DefaultValue("10m") Duration postDelay){

}
