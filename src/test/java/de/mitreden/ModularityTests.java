package de.mitreden;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The architecture, checked: features are modules that only use each other's public API, and the
 * dialogue engine at the centre knows nothing of Spring, Telegram, HTTP or the database.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MitredenApplication.class);

	@Test
	void modulesUseOnlyEachOthersPublicApiAndHaveNoCycles() {
		this.modules.verify();
	}

	@Test
	void dialogueEngineIsPureJava() {
		var dialogueClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("de.mitreden.dialogue");
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.telegram..", "jakarta..", "tools.jackson..",
					"com.fasterxml..", "java.sql..", "de.mitreden.answers..", "de.mitreden.conversation..",
					"de.mitreden.telegram..", "de.mitreden.webchat..", "de.mitreden.admin..")
			.check(dialogueClasses);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
