package de.mitreden.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The sites that may frame the chat end up in a CSP header: only plain origins get there. */
class EmbedOriginsTest {

	@Test
	void emptyMeansNoOtherSite() {
		assertThat(EmbedOrigins.parse(null)).isEmpty();
		assertThat(EmbedOrigins.parse(" ")).isEmpty();
	}

	@Test
	void originsAreSeparatedByCommasOrSpaces() {
		assertThat(EmbedOrigins.parse("https://www.wilhelmshaven.de/, http://localhost:3000 https://*.example.org"))
			.containsExactly("https://www.wilhelmshaven.de", "http://localhost:3000", "https://*.example.org");
	}

	@Test
	void anythingThatCouldChangeThePolicyIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> EmbedOrigins.parse("https://a.de; script-src *"))
			.withMessageContaining("mitreden.web.embed-origins");
		assertThatIllegalArgumentException().isThrownBy(() -> EmbedOrigins.parse("'unsafe-inline'"));
		assertThatIllegalArgumentException().isThrownBy(() -> EmbedOrigins.parse("https://a.de/path"));
	}

}
