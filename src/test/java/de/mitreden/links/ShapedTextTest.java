package de.mitreden.links;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a flyer draws: Arabic in joined letter forms and visual order; other text unchanged. */
class ShapedTextTest {

	@Test
	void arabicLettersTakeTheirJoinedForms() {
		String visual = ShapedText.visual("نريد", true);

		assertThat(visual.codePoints()).allMatch((c) -> c >= 0xFE70 && c <= 0xFEFF);
		assertThat(Normalizer.normalize(visual, Normalizer.Form.NFKC)).as("the same letters, right to left")
			.isEqualTo(new StringBuilder("نريد").reverse().toString());
	}

	@Test
	void numbersAndLinksInArabicStayLeftToRight() {
		String visual = ShapedText.visual("أقل من 5 https://example.org", true);

		assertThat(visual).contains("https://example.org").startsWith("https://example.org");
		assertThat(visual).contains("5");
	}

	@Test
	void latinAndCyrillicTextIsUnchanged() {
		assertThat(ShapedText.visual("Wir möchten wissen, was Sie denken.", false))
			.isEqualTo("Wir möchten wissen, was Sie denken.");
		assertThat(ShapedText.visual("Ми хочемо знати.", false)).isEqualTo("Ми хочемо знати.");
	}

}
