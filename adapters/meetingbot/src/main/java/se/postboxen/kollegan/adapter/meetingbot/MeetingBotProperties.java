package se.postboxen.kollegan.adapter.meetingbot;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The meeting-bot gateway. Without a provider, the sandbox plays scenarios in compressed
 * time.
 *
 * @param sandboxTimeScale how the sandbox's scenario seconds map onto real ones
 */
@Validated
@ConfigurationProperties("kollegan.meetingbot")
public record MeetingBotProperties(@Positive @DefaultValue("1.0") double sandboxTimeScale) {

}
