package se.postboxen.kollegan.bot.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of the whole product, checked on the compiled classes of every module:
 * core ← adapters ← bot.
 */
class ArchitectureTests {

	static final JavaClasses KOLLEGAN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("se.postboxen.kollegan");

	@Test
	void importsEveryModule() {
		// Guards the rules below against passing vacuously on an empty import.
		assertThat(KOLLEGAN.containPackage("se.postboxen.kollegan.meeting")).isTrue();
		assertThat(KOLLEGAN.containPackage("se.postboxen.kollegan.adapter.persistence")).isTrue();
		assertThat(KOLLEGAN.containPackage("se.postboxen.kollegan.adapter.redis")).isTrue();
		assertThat(KOLLEGAN.containPackage("se.postboxen.kollegan.adapter.documents")).isTrue();
		assertThat(KOLLEGAN.containPackage("se.postboxen.kollegan.bot")).isTrue();
	}

	@Test
	void coreDependsOnPlainJavaOnly() {
		Layering.CORE_IS_PLAIN_JAVA.check(KOLLEGAN);
	}

	@Test
	void coreKnowsNothingOfAdaptersOrTheBot() {
		Layering.CORE_DOES_NOT_DEPEND_OUTWARDS.check(KOLLEGAN);
	}

	@Test
	void adaptersDoNotDependOnTheBot() {
		Layering.ADAPTERS_DO_NOT_DEPEND_ON_THE_BOT.check(KOLLEGAN);
	}

	@Test
	void noAdapterDependsOnAnother() {
		Layering.ADAPTERS_ARE_INDEPENDENT.check(KOLLEGAN);
	}

}
