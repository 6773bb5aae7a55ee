package se.postboxen.kollegan.bot.nudge;

import java.time.Duration;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import se.postboxen.kollegan.action.NudgePolicy;

/**
 * When action owners are reminded.
 *
 * @param firstAfter after the recap is published
 * @param atDueDate whether a nudge comes on the due date when that is still ahead
 * @param timeOfDay when on the due date, in the tenant's time zone
 * @param repeatEvery between later nudges
 * @param maxNudges nudges per action in all
 * @param escalate whether the organiser is told one interval after the last unanswered
 * nudge
 */
@Validated
@ConfigurationProperties("kollegan.nudges")
public record NudgeProperties(@NotNull @DefaultValue("48h") Duration firstAfter,
		@DefaultValue("true") boolean atDueDate, @NotNull @DefaultValue("09:00") LocalTime timeOfDay,
		@NotNull @DefaultValue("48h") Duration repeatEvery, @Min(1) @Max(10) @DefaultValue("3") int maxNudges,
		@DefaultValue("true") boolean escalate) {

	NudgePolicy policy() {
		return new NudgePolicy(this.firstAfter, this.atDueDate, this.timeOfDay, this.repeatEvery, this.maxNudges,
				this.escalate);
	}

}
