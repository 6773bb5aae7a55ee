package se.postboxen.kollegan.adapter.meetingbot;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import se.postboxen.kollegan.attendance.BotReports;
import se.postboxen.kollegan.attendance.MeetingBotGateway;

/** The meeting-bot gateway: the sandbox until a provider is configured. */
@AutoConfiguration
@EnableConfigurationProperties(MeetingBotProperties.class)
public class MeetingBotConfiguration {

	@Bean(destroyMethod = "close")
	MeetingBotGateway sandboxMeetingBots(BotReports reports, MeetingBotProperties properties, Clock clock) {
		return new SandboxMeetingBots(reports, properties.sandboxTimeScale(), clock);
	}

}
