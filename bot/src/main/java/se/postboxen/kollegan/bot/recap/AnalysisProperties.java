package se.postboxen.kollegan.bot.recap;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Post-meeting analysis.
 *
 * @param platformTranscriptChecks when, after a meeting's end, to ask the platform for
 * its transcript if the agent has none: Teams and Zoom publish theirs minutes to hours
 * after the meeting; the first check is the analysis itself
 */
@Validated
@ConfigurationProperties("kollegan.analysis")
public record AnalysisProperties(@NotEmpty @DefaultValue( {
		"0s", "10m", "30m", "2h" }) List<Duration> platformTranscriptChecks){

}
