package de.mitreden.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RandomTokensTest {

	private final RandomTokens tokens = new RandomTokens();

	@Test
	void codesAreValidChannelsThatStartWithALetterOrDigit() {
		// a leading "-" would be neutralised in the CSV export, so the channel there would not match the link
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			String code = this.tokens.code();
			assertThat(code).matches("[A-Za-z0-9][A-Za-z0-9_-]{9}");
			codes.add(code);
		}
		assertThat(codes).hasSize(20_000);
	}

}
