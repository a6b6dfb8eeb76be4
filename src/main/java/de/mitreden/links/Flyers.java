package de.mitreden.links;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.common.BitMatrix;
import de.mitreden.dialogue.Dialogue;
import de.mitreden.dialogue.DialogueEngine;
import de.mitreden.links.LinkProblem.Kind;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.stereotype.Component;

/**
 * Printable flyers of a link: an A4 poster or an A6 card with the dialogue's title, a two-sentence
 * invitation, the QR code and the web chat address, in one language or in all of the dialogue's
 * languages side by side. One font (DejaVu Sans, bundled) covers Latin, Cyrillic and Arabic.
 */
@Component
class Flyers {

	private static final String FONT = "/links/fonts/DejaVuSans.ttf";

	/** The A4 layout in points; A6 is the same, scaled. */
	private static final float A4_WIDTH = PDRectangle.A4.getWidth();

	private final DialogueEngine engine;

	private final LinkAddresses addresses;

	private final byte[] font;

	Flyers(DialogueEngine engine, LinkAddresses addresses) {
		this.engine = engine;
		this.addresses = addresses;
		this.font = readFont();
	}

	enum Format {

		A4(PDRectangle.A4), A6(PDRectangle.A6);

		final PDRectangle size;

		Format(PDRectangle size) {
			this.size = size;
		}

		static Format of(String name) {
			for (Format format : values()) {
				if (format.name().equalsIgnoreCase((name == null) ? "a4" : name.strip())) {
					return format;
				}
			}
			throw new LinkProblem(Kind.INVALID, "format: a4 or a6, not '" + name + "'");
		}

	}

	/** The texts of one language on a flyer. */
	record FlyerText(String language, boolean rightToLeft, String title, String invitation, String scan) {
	}

	/**
	 * @param language a language of the link's dialogue, "all", or null for the link's own language
	 */
	byte[] pdf(Link link, Format format, String language) {
		Dialogue dialogue = dialogue(link);
		List<FlyerText> texts = languages(link, dialogue, language).stream().map((code) -> text(dialogue, code)).toList();
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(format.size);
			document.addPage(page);
			describe(document, texts.get(0), link);
			PDFont pdfFont = PDType0Font.load(document, new ByteArrayInputStream(this.font), true);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				PdfWriter writer = new PdfWriter(content, pdfFont);
				float scale = format.size.getWidth() / A4_WIDTH;
				if (texts.size() == 1) {
					single(writer, texts.get(0), link, format.size, scale);
				}
				else {
					several(writer, texts, link, format.size, scale);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Title, invitation, a large QR code, what to do with it, and the web chat address. */
	private void single(PdfWriter writer, FlyerText text, Link link, PDRectangle page, float scale)
			throws IOException {
		float margin = 48 * scale;
		float width = page.getWidth() - 2 * margin;
		float y = page.getHeight() - 1.5f * margin;
		y = writer.paragraph(text.title(), text.rightToLeft(), margin, y, width, 34 * scale);
		y = writer.paragraph(text.invitation(), text.rightToLeft(), margin, y - 18 * scale, width, 24 * scale);
		float qrSize = Math.min(width, 400 * scale);
		y -= 28 * scale + qrSize;
		writer.qrCode(qrCode(link), (page.getWidth() - qrSize) / 2, y, qrSize);
		y = writer.paragraph(text.scan(), text.rightToLeft(), margin, y - 8 * scale, width, 20 * scale);
		webLine(writer, text, link, margin, y - 12 * scale, width, 13 * scale);
	}

	/** Every language's title and invitation in two columns, then one QR code for all. */
	private void several(PdfWriter writer, List<FlyerText> texts, Link link, PDRectangle page, float scale)
			throws IOException {
		float margin = 36 * scale;
		float gap = 18 * scale;
		float column = (page.getWidth() - 2 * margin - gap) / 2;
		float y = page.getHeight() - margin;
		for (int row = 0; row < texts.size(); row += 2) {
			float bottom = y;
			for (int i = row; i < Math.min(row + 2, texts.size()); i++) {
				float left = margin + (i - row) * (column + gap);
				bottom = Math.min(bottom, block(writer, texts.get(i), left, y, column, scale));
			}
			y = bottom - 12 * scale;
		}
		float qrSize = Math.min(y - margin - 24 * scale, 260 * scale);
		float qrY = y - qrSize;
		writer.qrCode(qrCode(link), (page.getWidth() - qrSize) / 2, qrY, qrSize);
		writer.paragraph(this.addresses.web(link), false, margin, qrY - 4 * scale, page.getWidth() - 2 * margin,
				10 * scale);
	}

	/** One language's title, invitation and hint; returns the y below it. */
	private static float block(PdfWriter writer, FlyerText text, float left, float top, float width, float scale)
			throws IOException {
		float y = writer.paragraph(text.title(), text.rightToLeft(), left, top, width, 13 * scale);
		y = writer.paragraph(text.invitation(), text.rightToLeft(), left, y - 3 * scale, width, 10 * scale);
		return writer.paragraph(text.scan(), text.rightToLeft(), left, y - 2 * scale, width, 9 * scale);
	}

	/** "Without Telegram, go here: <web link>", or the web link alone if the QR code already opens it. */
	private void webLine(PdfWriter writer, FlyerText text, Link link, float left, float top, float width, float size)
			throws IOException {
		String web = this.addresses.web(link);
		boolean qrIsWeb = this.addresses.telegram(link).isEmpty();
		String line = qrIsWeb ? web : this.engine.text(text.language(), "flyer.web", Map.of("link", web));
		writer.paragraph(line, text.rightToLeft(), left, top, width, size);
	}

	private BitMatrix qrCode(Link link) {
		return QrCodes.matrix(this.addresses.preferred(link));
	}

	private FlyerText text(Dialogue dialogue, String language) {
		String title = (dialogue.texts(language) != null) ? dialogue.texts(language).title() : dialogue.id();
		return new FlyerText(language, this.engine.isRightToLeft(language), title,
				this.engine.text(language, "flyer.invitation"), this.engine.text(language, "flyer.scan"));
	}

	private List<String> languages(Link link, Dialogue dialogue, String language) {
		if (language == null || language.isBlank()) {
			return List.of((link.language() != null) ? link.language() : dialogue.defaultLanguage());
		}
		String code = language.strip().toLowerCase(Locale.ROOT);
		if (code.equals("all")) {
			return dialogue.languages();
		}
		if (!dialogue.languages().contains(code)) {
			throw new LinkProblem(Kind.INVALID, "language: all, or one of " + String.join(", ", dialogue.languages())
					+ "; not '" + language.strip() + "'");
		}
		return List.of(code);
	}

	private Dialogue dialogue(Link link) {
		return this.engine.dialogues()
			.stream()
			.filter((dialogue) -> dialogue.id().equals(link.dialogueId()))
			.findFirst()
			.orElseThrow(() -> new LinkProblem(Kind.INVALID,
					"the link's dialogue " + link.dialogueId() + " is no longer there"));
	}

	private static void describe(PDDocument document, FlyerText text, Link link) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(text.title());
		info.setSubject(link.name());
		info.setCreator("mitreden");
	}

	private static byte[] readFont() {
		try (InputStream in = Flyers.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException("the flyer font " + FONT + " is missing from the application");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
