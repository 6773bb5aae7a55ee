package se.postboxen.kollegan.bot.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.archfixture.meeting.LeakyMeetingEndpoint;
import se.postboxen.kollegan.archfixture.meeting.PlainMeetingRule;
import se.postboxen.kollegan.bot.KolleganApplication;
import se.postboxen.kollegan.meeting.Meeting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shows that the production core rule can fail: it is run on two test-only classes that
 * sit in a core package, one importing a Spring web class and one plain Java.
 */
class LayeringTests {

	@Test
	void coreRuleRejectsACoreClassThatImportsSpringWeb() {
		JavaClasses leaky = new ClassFileImporter().importClasses(LeakyMeetingEndpoint.class);

		EvaluationResult result = Layering.CORE_IS_PLAIN_JAVA.evaluate(leaky);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails())
			.anyMatch(line -> line.contains("org.springframework.web.bind.annotation.RestController"));
	}

	@Test
	void coreRuleAcceptsAPlainJavaCoreClass() {
		JavaClasses plain = new ClassFileImporter().importClasses(PlainMeetingRule.class);

		assertThat(Layering.CORE_IS_PLAIN_JAVA.evaluate(plain).hasViolation()).isFalse();
	}

	@Test
	void treatsEveryPackageOutsideAdapterAndBotAsCore() {
		ClassFileImporter importer = new ClassFileImporter();

		assertThat(Layering.IN_CORE.test(importer.importClass(Meeting.class))).isTrue();
		assertThat(Layering.IN_CORE.test(importer.importClass(LeakyMeetingEndpoint.class))).isTrue();
		assertThat(Layering.IN_CORE.test(importer.importClass(KolleganApplication.class))).isFalse();
	}

}
