package de.mitreden;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts mitreden: the citizen dialogue (Telegram and web chat) and the staff endpoints. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MitredenApplication {

	public static void main(String[] args) {
		SpringApplication.run(MitredenApplication.class, args);
	}

}
