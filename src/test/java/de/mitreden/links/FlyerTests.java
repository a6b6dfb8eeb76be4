package de.mitreden.links;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import de.mitreden.telegram.fake.FakeBotApi;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable flyers: the text read back from the PDF holds the dialogue's title and the invitation
 * in the link's language (Arabic shaped; compared after NFKC, which maps the joined letter forms back
 * to plain letters), and the printed QR code opens the deep link.
 */
class FlyerTests extends LinksTestSupport {

	private static final Map<String, String> INVITATIONS = Map.of("de",
			"Wir möchten wissen, was Sie denken. Wir speichern nicht, wer Sie sind.", "en",
			"We want to know what you think. We do not store who you are.", "tr",
			"Ne düşündüğünüzü bilmek istiyoruz. Kim olduğunuzu kaydetmiyoruz.", "ar",
			"نريد أن نعرف رأيك. نحن لا نحفظ من أنت.", "uk", "Ми хочемо знати, що ви думаєте. Ми не зберігаємо, хто ви.",
			"ru", "Мы хотим знать, что вы думаете. Мы не сохраняем, кто вы.");

	@Test
	void theA4PosterHasTitleInvitationAndAWorkingQrCode() throws Exception {
		String code = createLinkCode(unique("Sportverein"), "de");

		try (PDDocument pdf = flyer(code, "a4", null)) {
			String text = words(new PDFTextStripper().getText(pdf));

			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
			assertThat(text).contains("Wie weltoffen ist Wilhelmshaven?", words(INVITATIONS.get("de")),
					"Scannen Sie den Code mit Ihrem Handy.");
			assertThat(text.replace(" ", "")).contains(PUBLIC_URL + "/chat?c=" + code);
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
			assertThat(LinkApiTests.decode(page)).isEqualTo("https://t.me/" + FakeBotApi.BOT_USERNAME + "?start=" + code);
		}
	}

	@Test
	void theA6CardInArabicHoldsTheInvitationShapedRightToLeft() throws Exception {
		String code = createLinkCode(unique("Arabischer Elternverein"), "ar");

		try (PDDocument pdf = flyer(code, "a6", null)) {
			String raw = new PDFTextStripper().getText(pdf);
			String text = words(Normalizer.normalize(raw, Normalizer.Form.NFKC));

			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A6.getWidth());
			for (String word : words(INVITATIONS.get("ar")).replaceAll("[.،]", "").split(" ")) {
				assertThat(text).contains(word);
			}
			assertThat(text).contains(words("نريد أن نعرف رأيك"));
		}
	}

	@Test
	void theFlyerInAllLanguagesHoldsEveryInvitation() throws Exception {
		String code = createLinkCode(unique("Internationaler Treff"), null);

		try (PDDocument pdf = flyer(code, "a4", "all")) {
			String text = words(Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC));

			for (String language : List.of("de", "en", "tr", "uk", "ru")) {
				assertThat(text).as(language).contains(words(INVITATIONS.get(language)));
			}
			assertThat(text).contains("نريد", "رأيك", "نحفظ");
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
			assertThat(LinkApiTests.decode(page)).endsWith("?start=" + code);
		}
	}

	@Test
	void aLanguageCanBeChosenForTheFlyer() throws Exception {
		String code = createLinkCode(unique("Ukrainische Gruppe"), null);

		try (PDDocument pdf = flyer(code, "a6", "uk")) {
			assertThat(words(new PDFTextStripper().getText(pdf))).contains(words(INVITATIONS.get("uk")));
		}
	}

	@Test
	void anUnknownFormatOrLanguageIsRefused() {
		String code = createLinkCode(unique("Verein"), null);

		assertThat(get("/api/links/" + code + "/flyer.pdf?format=a3").statusCode()).isEqualTo(400);
		assertThat(get("/api/links/" + code + "/flyer.pdf?language=fr").body()).contains("language");
	}

	private PDDocument flyer(String code, String format, String language) throws IOException {
		String query = "?format=" + format + ((language != null) ? "&language=" + language : "");
		HttpResponse<byte[]> response = getBytes("/api/links/" + code + "/flyer.pdf" + query);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return Loader.loadPDF(response.body());
	}

	/** Line breaks of the layout become spaces. */
	private static String words(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
