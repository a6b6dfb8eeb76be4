package de.mitreden.themes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.mitreden.textanalysis.TextAnalysis;

/** The theme computation as a bean for the staff web; it is pure and thread-safe, so one serves all. */
@Configuration(proxyBeanMethods = false)
class ThemesConfiguration {

	@Bean
	ThemeClustering themeClustering(TextAnalysis textAnalysis) {
		return new ThemeClustering(textAnalysis);
	}

}
