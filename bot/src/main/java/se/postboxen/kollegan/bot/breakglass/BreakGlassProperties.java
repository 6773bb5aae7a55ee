package se.postboxen.kollegan.bot.breakglass;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Break-glass access settings.
 *
 * @param longest the longest access one request may take (5 minutes to 8 hours); an
 * incident that needs more asks again, with a reason again
 */
@Validated
@ConfigurationProperties("kollegan.break-glass")
public record BreakGlassProperties(
		@NotNull @DurationMin(minutes = 5) @DurationMax(hours = 8) @DefaultValue("PT1H") Duration longest) {

}
