package de.mitreden.links;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import de.mitreden.telegram.fake.FakeBotApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff create links over the API and get working addresses and QR codes; bad input is refused clearly. */
class LinkApiTests extends LinksTestSupport {

	@Test
	void aNewLinkHasAShortUnguessableCodeAndItsAddresses() {
		JsonNode link = createLink(Map.of("name", unique("Moscheegemeinde Süd"), "language", "ar"));

		String code = link.get("code").asString();
		assertThat(code).matches("[A-Za-z0-9_-]{10}");
		assertThat(link.get("telegramUrl").asString())
			.isEqualTo("https://t.me/" + FakeBotApi.BOT_USERNAME + "?start=" + code);
		assertThat(link.get("webUrl").asString()).isEqualTo(PUBLIC_URL + "/chat?c=" + code);
		assertThat(link.get("multiplierUrl").asString()).matches(PUBLIC_URL.replace(".", "\\.") + "/m/[A-Za-z0-9_-]{43}");
		assertThat(link.get("dialogue").asString()).as("the only open dialogue").isEqualTo(DIALOGUE);
		assertThat(link.get("language").asString()).isEqualTo("ar");
	}

	@Test
	void twoLinksNeverShareACodeOrASecret() {
		JsonNode one = createLink(Map.of("name", unique("Jugendzentrum")));
		JsonNode two = createLink(Map.of("name", unique("Jugendzentrum")));

		assertThat(one.get("code").asString()).isNotEqualTo(two.get("code").asString());
		assertThat(one.get("multiplierUrl").asString()).isNotEqualTo(two.get("multiplierUrl").asString());
	}

	@Test
	void theQrCodesOpenExactlyTheDeepLink() throws Exception {
		JsonNode link = createLink(Map.of("name", unique("Sprachschule")));
		String code = link.get("code").asString();

		HttpResponse<byte[]> png = getBytes("/api/links/" + code + "/qr.png");
		HttpResponse<byte[]> web = getBytes("/api/links/" + code + "/qr.png?target=web");

		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(decode(ImageIO.read(new ByteArrayInputStream(png.body()))))
			.isEqualTo("https://t.me/" + FakeBotApi.BOT_USERNAME + "?start=" + code);
		assertThat(decode(ImageIO.read(new ByteArrayInputStream(web.body())))).isEqualTo(PUBLIC_URL + "/chat?c=" + code);
	}

	@Test
	void theSvgQrCodeDrawsTheSameCode() throws Exception {
		String code = createLinkCode(unique("Kirchengemeinde"), null);

		HttpResponse<String> svg = get("/api/links/" + code + "/qr.svg");

		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
		assertThat(decode(SvgRaster.render(svg.body())))
			.isEqualTo("https://t.me/" + FakeBotApi.BOT_USERNAME + "?start=" + code);
	}

	@Test
	void theListShowsEveryLinkWithItsCounts() {
		String name = unique("Nachbarschaftstreff");
		String code = createLinkCode(name, null);

		HttpResponse<String> list = get("/api/links");

		assertThat(list.statusCode()).isEqualTo(200);
		JsonNode mine = null;
		for (JsonNode link : JSON.readTree(list.body())) {
			if (link.get("code").asString().equals(code)) {
				mine = link;
			}
		}
		assertThat(mine).as("the new link is listed").isNotNull();
		assertThat(mine.get("name").asString()).isEqualTo(name);
		assertThat(mine.get("active").asBoolean()).isTrue();
		assertThat(mine.get("counts").get("started").asLong()).isZero();
	}

	@Test
	void anEmptyNameIsRefused() {
		assertRefused(Map.of("name", "   "), 400, "name");
		assertRefused(Map.of("dialogue", DIALOGUE), 400, "name");
	}

	@Test
	void aNameOf200CharactersIsRefused() {
		assertRefused(Map.of("name", "x".repeat(200)), 400, "at most 100 characters");
	}

	@Test
	void aNameIsTrimmedAndMayHave100Characters() {
		String name = unique("Verein").substring(0, 15) + "y".repeat(85);

		JsonNode link = createLink(Map.of("name", "  " + name + "  "));

		assertThat(link.get("name").asString()).isEqualTo(name);
	}

	@Test
	void aDuplicateNameIsAConflict() {
		String name = unique("Sportverein");
		createLink(Map.of("name", name));

		assertRefused(Map.of("name", name), 409, "already has a link named");
		assertRefused(Map.of("name", name.toUpperCase()), 409, "already has a link named");
	}

	@Test
	void anUnknownDialogueIsRefused() {
		assertRefused(Map.of("name", unique("Verein"), "dialogue", "no-such-dialogue"), 400,
				"there is no dialogue 'no-such-dialogue'");
	}

	@Test
	void aLanguageTheDialogueDoesNotSpeakIsRefused() {
		assertRefused(Map.of("name", unique("Verein"), "language", "fr"), 400, "has no language 'fr'");
	}

	@Test
	void anEmptyObjectIsRefusedForItsMissingName() {
		HttpResponse<String> response = postJson("/api/links", Map.of());
		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void aBodyThatIsNotJsonIsRefused() {
		HttpResponse<String> response = postRaw("/api/links", "application/json", "name=Verein");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("must be JSON");
	}

	@Test
	void aFormPostCannotCreateALink() {
		HttpResponse<String> response = postRaw("/api/links", "application/x-www-form-urlencoded", "name=Verein");
		assertThat(response.statusCode()).as("a cross-site form cannot send JSON").isEqualTo(415);
	}

	@Test
	void withoutCredentialsThereIsNothing() {
		assertThat(getAnonymously("/api/links", null).statusCode()).isEqualTo(401);
	}

	@Test
	void anUnknownCodeIsNotFound() {
		assertThat(get("/api/links/nosuchcode/qr.png").statusCode()).isEqualTo(404);
	}

	private void assertRefused(Map<String, ?> body, int status, String message) {
		HttpResponse<String> response = postJson("/api/links", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(JSON.readTree(response.body()).get("error").asString()).contains(message);
	}

	static String decode(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
		return QrDecoding.decode(image);
	}

	static BufferedImage read(byte[] png) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(png));
	}

}
