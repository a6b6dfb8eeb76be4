package de.mitreden.links;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Text as a PDF must draw it. A PDF shows glyphs in the order given, left to right, as they are: so
 * Arabic letters must first take their joined forms (initial, medial, final) and a right-to-left line
 * must be put into visual order, with numbers and Latin words inside it left to right.
 */
final class ShapedText {

	private ShapedText() {
	}

	/** The line in visual order, letters shaped; {@code rightToLeft} is the paragraph direction. */
	static String visual(String logical, boolean rightToLeft) {
		String shaped = shape(logical);
		if (!rightToLeft && !Bidi.requiresBidi(shaped.toCharArray(), 0, shaped.length())) {
			return shaped;
		}
		Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.RTL : Bidi.LTR);
		return bidi.writeReordered(Bidi.DO_MIRRORING);
	}

	private static String shape(String text) {
		try {
			return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
					| ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
		}
		catch (ArabicShapingException ex) {
			return text;
		}
	}

}
