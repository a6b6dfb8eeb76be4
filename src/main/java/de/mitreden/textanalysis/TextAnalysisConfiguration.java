package de.mitreden.textanalysis;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One {@link TextAnalysis} for the application: it holds the language models and the analyzer cache. */
@Configuration(proxyBeanMethods = false)
class TextAnalysisConfiguration {

	@Bean
	TextAnalysis textAnalysis() {
		return TextAnalysis.create();
	}

}
