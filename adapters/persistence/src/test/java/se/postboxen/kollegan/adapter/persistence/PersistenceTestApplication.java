package se.postboxen.kollegan.adapter.persistence;

import java.time.Clock;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The smallest application that boots the adapter as the bot does: by auto-configuration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PersistenceTestApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ScriptedJobs.Handler pushActions() {
		return new ScriptedJobs.Handler(se.postboxen.kollegan.jobs.JobType.PUSH_ACTION);
	}

}
