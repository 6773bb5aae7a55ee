package se.postboxen.kollegan.bot;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kollegan, the AI colleague: API, webhooks, dashboard and workers in one application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KolleganApplication {

	public static void main(String[] args) {
		SpringApplication.run(KolleganApplication.class, withDemoSwitch(args));
	}

	/**
	 * {@code --demo} is the documented short form of
	 * {@code --kollegan.demo.enabled=true}.
	 */
	static String[] withDemoSwitch(String[] args) {
		return Arrays.stream(args)
			.map(arg -> arg.equals("--demo") ? "--kollegan.demo.enabled=true" : arg)
			.toArray(String[]::new);
	}

}
