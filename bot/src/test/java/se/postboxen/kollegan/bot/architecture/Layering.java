package se.postboxen.kollegan.bot.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture as rules. Core is every {@code se.postboxen.kollegan} package outside
 * {@code adapter} and {@code bot}; it may use the JDK (minus JDBC, HTTP clients and
 * desktop APIs), JSpecify and itself — nothing of Spring, servlets, JSON, HTTP or any
 * vendor SDK.
 */
final class Layering {

	static final String ROOT = "se.postboxen.kollegan";

	static final DescribedPredicate<JavaClass> IN_CORE = new DescribedPredicate<>("in core") {
		@Override
		public boolean test(JavaClass input) {
			String pkg = input.getPackageName();
			return (pkg.equals(ROOT) || pkg.startsWith(ROOT + ".")) && !pkg.startsWith(ROOT + ".adapter")
					&& !pkg.startsWith(ROOT + ".bot");
		}
	};

	static final ArchRule CORE_IS_PLAIN_JAVA = classes().that(IN_CORE)
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage(ROOT + "..", "java.lang..", "java.util..", "java.time..", "java.net", "java.math..",
				"java.io..", "java.nio", "java.nio.charset..", "java.security..", "javax.crypto..", "java.text..",
				"org.jspecify.annotations..")
		.andShould()
		.onlyDependOnClassesThat()
		.resideOutsideOfPackages(ROOT + ".adapter..", ROOT + ".bot..")
		.as("core depends on plain Java only (no Spring, web, JDBC, HTTP client or vendor SDK)");

	static final ArchRule CORE_DOES_NOT_DEPEND_OUTWARDS = noClasses().that(IN_CORE)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + ".adapter..", ROOT + ".bot..")
		.as("core does not depend on adapters or the bot");

	static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_THE_BOT = noClasses().that()
		.resideInAPackage(ROOT + ".adapter..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(ROOT + ".bot..")
		.as("adapters depend on core only, never on the bot");

	static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices().matching(ROOT + ".adapter.(*)..")
		.should()
		.notDependOnEachOther()
		.as("no adapter depends on another");

	private Layering() {
	}

}
