package de.mitreden.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import de.mitreden.MitredenApplication;
import de.mitreden.dialogue.BotFiles;
import de.mitreden.dialogue.DialogueEngine;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * The dialogue engine is built from the dialogues bundled in the application, or from a directory
 * the operator names; an invalid dialogue file stops the start with a short message that names the
 * file, the line and the problem.
 */
@ExtendWith(OutputCaptureExtension.class)
class DialogueWiringTests {

	private static final Path BUNDLED_DIALOGUES = Path.of("bot", "dialogues");

	private final ApplicationContextRunner wiring = new ApplicationContextRunner()
		.withUserConfiguration(DialogueConfiguration.class, Settings.class);

	@TempDir
	Path dir;

	@Test
	void theBundledBotFilesAreReadFromTheClasspath() {
		BotFiles files = ClasspathBotFiles.load();

		assertThat(files.list("dialogues")).contains("wilhelmshaven-weltoffen");
		assertThat(files.list("messages")).contains("de.yml", "en.yml");
		assertThat(files.read("dialogues/wilhelmshaven-weltoffen/dialogue.yml")).contains("id: wilhelmshaven-weltoffen");
		assertThat(files.describe("messages/de.yml")).isEqualTo("bot/messages/de.yml");
	}

	@Test
	void withoutADirectoryTheBundledDialoguesRun() {
		this.wiring.run((context) -> assertThat(context).hasSingleBean(DialogueEngine.class));
	}

	@Test
	void aDirectoryOfDialoguesReplacesTheBundledOnes(CapturedOutput output) throws IOException {
		copyBundledDialoguesTo(this.dir);

		this.wiring.withPropertyValues("mitreden.dialogues.dir=" + this.dir).run((context) -> {
			assertThat(context).hasSingleBean(DialogueEngine.class);
			assertThat(output).contains("Dialogues: from " + this.dir.toAbsolutePath());
		});
	}

	@Test
	void aCopyOfTheWholeBotFolderWorksToo() throws IOException {
		copyBundledDialoguesTo(this.dir.resolve("dialogues"));

		this.wiring.withPropertyValues("mitreden.dialogues.dir=" + this.dir)
			.run((context) -> assertThat(context).hasSingleBean(DialogueEngine.class));
	}

	@Test
	void dialogueFilesFromTheDirectoryAreNamedByTheirPathInErrors() throws IOException {
		copyBundledDialoguesTo(this.dir);
		Path dialogueFile = breakDialogueFile(this.dir);

		this.wiring.withPropertyValues("mitreden.dialogues.dir=" + this.dir)
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining(dialogueFile.toString()));
	}

	@Test
	void aDirectoryThatDoesNotExistStopsTheStart() {
		this.wiring.withPropertyValues("mitreden.dialogues.dir=" + this.dir.resolve("missing"))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("mitreden.dialogues.dir")
				.hasMessageContaining("is not a directory"));
	}

	@Test
	void anInvalidDialogueFileStopsTheStartWithAShortReport(CapturedOutput output) throws IOException {
		copyBundledDialoguesTo(this.dir);
		Path dialogueFile = breakDialogueFile(this.dir);

		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(MitredenApplication.class)
			.web(WebApplicationType.NONE)
			.run("--mitreden.dialogues.dir=" + this.dir, "--mitreden.data-dir=" + TestDataDir.fresh(DialogueWiringTests.class)));

		String report = output.getOut().substring(output.getOut().indexOf("APPLICATION FAILED TO START"));
		assertThat(report).contains("The dialogues cannot be loaded: " + dialogueFile)
			.contains("Correct the dialogue file (or the setting) named above and start mitreden again.")
			.doesNotContain("\tat ");
	}

	private static void copyBundledDialoguesTo(Path target) throws IOException {
		try (Stream<Path> files = Files.walk(BUNDLED_DIALOGUES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = target.resolve(BUNDLED_DIALOGUES.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
	}

	/** Gives the first question a kind the format does not know. */
	private static Path breakDialogueFile(Path dialogues) throws IOException {
		Path file = dialogues.resolve("wilhelmshaven-weltoffen").resolve("dialogue.yml");
		Files.writeString(file, Files.readString(file).replaceFirst("kind: text", "kind: essay"));
		return file;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DialogueSettings.class)
	static class Settings {

	}

}
