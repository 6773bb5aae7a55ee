package se.postboxen.kollegan.bot.regwatch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Regwatch's settings.
 *
 * @param alertAt the relevance (0–100) from which a tenant's administrators are alerted
 * of a new or changed item; 50 is a topic in the title or two in the text
 */
@Validated
@ConfigurationProperties("kollegan.regwatch")
public record RegwatchProperties(@Min(1) @Max(100) @DefaultValue("50") int alertAt) {

}
