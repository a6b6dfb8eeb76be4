package de.mitreden;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import de.mitreden.themes.ThemesCommand;

/**
 * Starts mitreden: the citizen dialogue (Telegram and web chat) and the staff endpoints; or, with the first argument
 * {@code themes}, only the theme command ({@link ThemesCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MitredenApplication {

	public static void main(String[] args) {
		// "themes --csv FILE ...": a command for data from anywhere, answered without the server or the database.
		if (ThemesCommand.isCommand(args)) {
			System.exit(ThemesCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(MitredenApplication.class, args);
	}

}
