package se.postboxen.kollegan.adapter.web;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import se.postboxen.kollegan.calendar.CalendarParser;
import se.postboxen.kollegan.regwatch.RegwatchFetcher;
import se.postboxen.kollegan.regwatch.TextDiff;

/**
 * Addresses users gave, fetched from the public web: calendars published as ICS feeds and
 * regwatch sources, both behind {@link GuardedHttp}.
 */
@AutoConfiguration
public class WebConfiguration {

	@Bean(destroyMethod = "close")
	IcsFeedReader calendarFeeds(CalendarParser parser) {
		return new IcsFeedReader(parser);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean(RegwatchFetcher.class)
	WebRegwatchFetcher regwatchFetcher(Clock clock) {
		return new WebRegwatchFetcher(clock);
	}

	@Bean
	TextDiff regwatchDiff() {
		return new WordDiff();
	}

}
