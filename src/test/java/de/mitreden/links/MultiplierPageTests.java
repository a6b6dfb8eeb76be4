package de.mitreden.links;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.mitreden.webchat.WebChatClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The community's page: reachable without login at its secret address, only its own link's counts
 * and the dialogue's, in the link's language, and never a number below 5.
 */
class MultiplierPageTests extends LinksTestSupport {

	@Test
	void countsBelow5AreShownAsFewerThan5() {
		JsonNode link = createLink(java.util.Map.of("name", unique("Boxclub"), "language", "de"));
		String code = link.get("code").asString();
		for (int i = 0; i < 4; i++) {
			agree(code);
		}

		HttpResponse<String> page = getAnonymously(pathOf(link), null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(linkCounts(page.body())).as("4 started, 4 agreed, 0 finished, 0 answers")
			.containsExactly("weniger als 5", "weniger als 5", "weniger als 5", "weniger als 5");
		assertThat(page.body()).doesNotContain(">4<").contains("Über Ihren Link");
	}

	@Test
	void from5OnTheNumberIsShown() {
		JsonNode link = createLink(java.util.Map.of("name", unique("Tanzgruppe"), "language", "de"));
		String code = link.get("code").asString();
		for (int i = 0; i < 5; i++) {
			agree(code);
		}
		webCitizen("de").start(code);

		List<String> counts = linkCounts(getAnonymously(pathOf(link), null).body());

		assertThat(counts).containsExactly("6", "5", "weniger als 5", "weniger als 5");
	}

	@Test
	void thePageSpeaksTheLinksLanguage() {
		JsonNode link = createLink(java.util.Map.of("name", unique("Arabische Gemeinde"), "language", "ar"));

		String page = getAnonymously(pathOf(link), "de-DE").body();

		assertThat(page).contains("lang=\"ar\"", "dir=\"rtl\"", "أقل من 5", "كم شخصا يشارك");
		assertThat(linkCounts(page)).containsOnly("أقل من 5");
	}

	@Test
	void theDialoguesOverallProgressIsShownToo() {
		JsonNode link = createLink(java.util.Map.of("name", unique("Stadtteilbüro"), "language", "en"));
		for (int i = 0; i < 5; i++) {
			agree(createLinkCode(unique("Andere Gruppe"), null));
		}

		String page = getAnonymously(pathOf(link), null).body();

		assertThat(section(page, "dialogue-counts").get(1)).as("at least the 5 who agreed elsewhere")
			.matches("[0-9,]+");
		assertThat(linkCounts(page)).containsOnly("fewer than 5");
	}

	@Test
	void anUnknownAddressGetsAFriendly404() {
		HttpResponse<String> page = getAnonymously("/m/no-such-secret", "en");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("This page does not exist. Please check the link.");
	}

	@Test
	void thePageNeedsNoLoginAndSendsNoReferrer() {
		JsonNode link = createLink(java.util.Map.of("name", unique("Offener Treff")));

		HttpResponse<String> page = getAnonymously(pathOf(link), null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(getAnonymously("/m/assets/multiplier.css", null).statusCode()).isEqualTo(200);
	}

	private void agree(String code) {
		WebChatClient citizen = webCitizen("de");
		citizen.start(code);
		citizen.press("c");
	}

	private static String pathOf(JsonNode link) {
		return link.get("multiplierUrl").asString().substring(PUBLIC_URL.length());
	}

	private static List<String> linkCounts(String page) {
		return section(page, "link-counts");
	}

	/** The shown numbers (the dd texts) of one list on the page. */
	private static List<String> section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("list %s on the page", id).isPositive();
		String list = page.substring(start, page.indexOf("</dl>", start));
		List<String> values = new ArrayList<>();
		Matcher value = Pattern.compile("<dd>([^<]*)</dd>").matcher(list);
		while (value.find()) {
			values.add(value.group(1));
		}
		return values;
	}

}
