package se.postboxen.kollegan.bot.brief;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The briefs' settings as configuration binds and checks them. */
class BriefPropertiesTests {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	private static BriefProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("kollegan.briefs",
				BriefProperties.class);
	}

	@Test
	void briefsADayAndAnHourBeforeAndMailsThePostBriefTenMinutesAfterTheRecap() {
		BriefProperties defaults = bind(Map.of());

		assertThat(defaults.preOffsets()).containsExactly(Duration.ofHours(24), Duration.ofHours(1));
		assertThat(defaults.earlierMeetings()).isEqualTo(3);
		assertThat(defaults.postDelay()).isEqualTo(Duration.ofMinutes(10));
		assertThat(this.validator.validate(defaults)).isEmpty();
	}

	@Test
	void noOffsetsTurnPreBriefsOff() {
		assertThat(bind(Map.of("kollegan.briefs.pre-offsets", "")).preOffsets()).isEmpty();
	}

	@Test
	void refusesOffsetsOfNothingOrOfWeeksAndTooManyEarlierMeetings() {
		assertThat(this.validator.validate(bind(Map.of("kollegan.briefs.pre-offsets", "0s,15d"))))
			.extracting(violation -> violation.getPropertyPath().toString())
			.containsExactlyInAnyOrder("preOffsets[0].<list element>", "preOffsets[1].<list element>");
		assertThat(this.validator.validate(bind(Map.of("kollegan.briefs.earlier-meetings", "21")))).isNotEmpty();
	}

}
