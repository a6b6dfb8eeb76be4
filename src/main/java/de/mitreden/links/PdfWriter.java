package de.mitreden.links;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Draws wrapped, shaped text and QR codes on one flyer page; y grows upwards, as in PDF. */
final class PdfWriter {

	private static final float LEADING = 1.3f;

	private final PDPageContentStream content;

	private final PDFont font;

	PdfWriter(PDPageContentStream content, PDFont font) {
		this.content = content;
		this.font = font;
	}

	/**
	 * Draws {@code text} wrapped into {@code width} below {@code top}, centred; returns the y below it.
	 */
	float paragraph(String text, boolean rightToLeft, float left, float top, float width, float size)
			throws IOException {
		float y = top;
		for (String line : lines(text, rightToLeft, width, size)) {
			y -= size * LEADING;
			float lineWidth = width(line, size);
			this.content.beginText();
			this.content.setFont(this.font, size);
			this.content.newLineAtOffset(left + (width - lineWidth) / 2, y + size * (LEADING - 1));
			this.content.showText(line);
			this.content.endText();
		}
		return y;
	}

	/** The QR code as filled squares (sharp at any print size), lower left corner at (x, y). */
	void qrCode(BitMatrix modules, float x, float y, float size) throws IOException {
		float module = size / modules.getWidth();
		this.content.setNonStrokingColor(1f, 1f, 1f);
		this.content.addRect(x, y, size, size);
		this.content.fill();
		this.content.setNonStrokingColor(0f, 0f, 0f);
		for (int row = 0; row < modules.getHeight(); row++) {
			for (int column = 0; column < modules.getWidth(); column++) {
				if (modules.get(column, row)) {
					this.content.addRect(x + column * module, y + size - (row + 1) * module, module, module);
				}
			}
		}
		this.content.fill();
	}

	/** Wraps at spaces in reading order, then shapes each line; a word longer than a line stays whole. */
	private List<String> lines(String text, boolean rightToLeft, float width, float size) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.strip().split("\\s*\\n\\s*")) {
			String line = "";
			for (String word : paragraph.split("\\s+")) {
				String longer = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && width(visual(longer, rightToLeft), size) > width) {
					lines.add(visual(line, rightToLeft));
					line = word;
				}
				else {
					line = longer;
				}
			}
			lines.add(visual(line, rightToLeft));
		}
		return lines;
	}

	private String visual(String logical, boolean rightToLeft) {
		return printable(ShapedText.visual(logical, rightToLeft));
	}

	/** Characters the font cannot draw (an emoji in a title) become a space rather than an error. */
	private String printable(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach((codePoint) -> {
			String character = new String(Character.toChars(codePoint));
			out.append(canDraw(character) ? character : " ");
		});
		return out.toString();
	}

	private boolean canDraw(String character) {
		try {
			this.font.encode(character);
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	float width(String line, float size) throws IOException {
		return this.font.getStringWidth(line) / 1000 * size;
	}

}
