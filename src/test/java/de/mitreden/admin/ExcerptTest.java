package de.mitreden.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Long quotes on the themes page start with their beginning, cut where a word ends. */
class ExcerptTest {

	@Test
	void aShortAnswerIsShownWhole() {
		String text = "Mehr Sprachkurse am Abend, bitte!";
		assertThat(Excerpt.isLong(text)).isFalse();
		assertThat(Excerpt.of(text)).isEqualTo(text);
		assertThat(Excerpt.of("x".repeat(Excerpt.MAX_CHARS))).hasSize(Excerpt.MAX_CHARS);
	}

	@Test
	void aLongAnswerIsCutAtTheEndOfAWord() {
		String text = "Der Radweg an der Kaiserstraße ist zu schmal.\n".repeat(20);
		String excerpt = Excerpt.of(text);

		assertThat(Excerpt.isLong(text)).isTrue();
		assertThat(excerpt).endsWith(" …").hasSizeLessThanOrEqualTo(Excerpt.MAX_CHARS + 2);
		String kept = excerpt.substring(0, excerpt.length() - 2);
		assertThat(text).startsWith(kept);
		assertThat(Character.isWhitespace(text.charAt(kept.length()))).as("the next character ends a word").isTrue();
	}

	@Test
	void oneEndlessWordIsCutWithoutSplittingACharacter() {
		String emoji = "\uD83D\uDEB2"; // a bicycle, two UTF-16 units
		String text = "a" + emoji.repeat(400);
		String excerpt = Excerpt.of(text);

		assertThat(excerpt).endsWith(" …");
		String kept = excerpt.substring(0, excerpt.length() - 2);
		assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
		assertThat(kept.codePoints().filter(Character::isSupplementaryCodePoint).count()).isGreaterThan(100);
	}

}
