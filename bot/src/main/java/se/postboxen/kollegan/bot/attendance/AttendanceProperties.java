package se.postboxen.kollegan.bot.attendance;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Joining meetings.
 *
 * @param retryBase the wait before the second join attempt, doubled for the third
 */
@Validated
@ConfigurationProperties("kollegan.attendance")
public record AttendanceProperties(@NotNull @DefaultValue("10s") Duration retryBase) {

}
