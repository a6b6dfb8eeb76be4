package de.mitreden.links;

import java.util.List;
import java.util.Map;

import de.mitreden.telegram.fake.SentMessage;
import de.mitreden.telegram.fake.TgUser;
import de.mitreden.webchat.WebChatClient;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens who come through a link are counted for it (started, consented, completed, answers); a
 * deactivated or unknown code counts as no code, and the dialogue works as usual.
 */
class LinkCountTests extends LinksTestSupport {

	private static long nextUser = 7_000_000_000L;

	@Test
	void citizensOfTheWebChatAreCountedForTheirLink() {
		String code = createLinkCode(unique("Frauencafé"), null);

		WebChatClient finishing = webCitizen("de");
		walkWholeDialogue(finishing, code, "Ganz durch");
		WebChatClient agreeing = webCitizen("de");
		agreeing.start(code);
		agreeing.press("c");
		webCitizen("de").start(code);

		JsonNode counts = counts(code);
		assertThat(counts.get("started").asLong()).isEqualTo(3);
		assertThat(counts.get("consented").asLong()).isEqualTo(2);
		assertThat(counts.get("completed").asLong()).isEqualTo(1);
		assertThat(counts.get("answers").asLong()).as("3 thoughts, rating, fields, age, immigration").isEqualTo(7);
		List<CSVRecord> rows = finishing.export("admin", ADMIN_PASSWORD)
			.stream()
			.filter((row) -> row.get("answer").startsWith("Ganz durch"))
			.toList();
		assertThat(rows).isNotEmpty().extracting((row) -> row.get("channel")).containsOnly(code);
	}

	@Test
	void theCountsAreKeptPerDay() {
		String code = createLinkCode(unique("Seniorentreff"), null);
		webCitizen("de").start(code);

		JsonNode link = JSON.readTree(get("/api/links/" + code).body());

		assertThat(link.get("days")).hasSize(1);
		assertThat(link.get("days").get(0).get("day").asString()).isEqualTo(java.time.LocalDate.now().toString());
		assertThat(link.get("days").get(0).get("started").asLong()).isEqualTo(1);
	}

	@Test
	void aTelegramCitizenWithTheDeepLinkIsCountedForTheLink() {
		String code = createLinkCode(unique("Kulturverein"), null);
		TgUser citizen = newTelegramUser("de");

		say(citizen, "/start " + code);
		pressConsent(citizen);
		say(citizen, "Im Kulturverein treffen sich alle");

		JsonNode counts = counts(code);
		assertThat(counts.get("started").asLong()).isEqualTo(1);
		assertThat(counts.get("consented").asLong()).isEqualTo(1);
		assertThat(counts.get("answers").asLong()).isEqualTo(1);
		assertThat(channelOf("Im Kulturverein treffen sich alle")).isEqualTo(code);
	}

	@Test
	void aDeactivatedCodeCountsAsDirectInTelegramAndTheBotStillWorks() {
		String code = createLinkCode(unique("Alter Verein"), null);
		assertThat(patchJson("/api/links/" + code, Map.of("active", false)).statusCode()).isEqualTo(200);
		TgUser citizen = newTelegramUser("de");

		List<SentMessage> welcome = say(citizen, "/start " + code);
		pressConsent(citizen);
		say(citizen, "Nach dem alten Link " + code);

		assertThat(welcome).isNotEmpty();
		assertThat(channelOf("Nach dem alten Link " + code)).isEqualTo("direct");
		assertThat(counts(code).get("started").asLong()).isZero();
	}

	@Test
	void aDeactivatedCodeCountsAsWebInTheWebChatAndKeepsItsHistory() {
		String code = createLinkCode(unique("Elterncafé"), null);
		webCitizen("de").start(code);
		patchJson("/api/links/" + code, Map.of("active", false));

		WebChatClient citizen = webCitizen("de");
		citizen.start(code);
		citizen.press("c");
		citizen.type("Nach dem Abschalten " + code);

		assertThat(channelOf("Nach dem Abschalten " + code)).isEqualTo("web");
		assertThat(counts(code).get("started").asLong()).as("the history stays").isEqualTo(1);
		assertThat(JSON.readTree(get("/api/links/" + code).body()).get("active").asBoolean()).isFalse();
	}

	@Test
	void aReactivatedCodeCountsAgain() {
		String code = createLinkCode(unique("Chor"), null);
		patchJson("/api/links/" + code, Map.of("active", false));
		patchJson("/api/links/" + code, Map.of("active", true));

		webCitizen("de").start(code);

		assertThat(counts(code).get("started").asLong()).isEqualTo(1);
	}

	@Test
	void anUnknownCodeCountsAsWeb() {
		String unknown = "unknown" + System.nanoTime() % 1000;
		WebChatClient citizen = webCitizen("de");
		citizen.start(unknown);
		citizen.press("c");
		citizen.type("Mit unbekanntem Code " + unknown);

		assertThat(channelOf("Mit unbekanntem Code " + unknown)).isEqualTo("web");
	}

	@Test
	void theLinksLanguageIsPreselected() {
		String code = createLinkCode(unique("Arabischer Kulturverein"), "ar");

		JsonNode welcome = webCitizen("de").start(code);

		assertThat(welcome.get("lang").asString()).isEqualTo("ar");
		assertThat(welcome.get("dir").asString()).isEqualTo("rtl");
	}

	private static void walkWholeDialogue(WebChatClient citizen, String code, String marker) {
		citizen.start(code);
		citizen.press("c");
		citizen.type(marker + " eins");
		citizen.press("m:");
		citizen.type(marker + " zwei");
		citizen.press("n:");
		citizen.type(marker + " drei");
		citizen.press("n:");
		citizen.press("a:2:4");
		citizen.press("t:3:work");
		citizen.press("t:3:togetherness");
		citizen.press("d:3");
		citizen.press("a:4:30-49");
		citizen.press("s:5");
		citizen.press("a:6:rather-not-say");
	}

	private String channelOf(String answer) {
		List<CSVRecord> rows = webCitizen("de").export("admin", ADMIN_PASSWORD)
			.stream()
			.filter((row) -> row.get("answer").equals(answer))
			.toList();
		assertThat(rows).as("the answer '%s' is stored", answer).hasSize(1);
		return rows.get(0).get("channel");
	}

	private static synchronized TgUser newTelegramUser(String language) {
		return new TgUser(++nextUser, "Leyla", "Yılmaz", "leyla_" + nextUser, language);
	}

	private static List<SentMessage> say(TgUser user, String text) {
		int before = api.sentTo(user.id()).size();
		api.awaitConfirmed(api.send(user, text));
		return api.sentSince(user.id(), before);
	}

	private static void pressConsent(TgUser user) {
		List<SentMessage> sent = api.sentTo(user.id());
		SentMessage welcome = sent.stream()
			.filter((message) -> message.allButtons().stream().anyMatch((button) -> button.data().equals("c")))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("no consent button in " + sent));
		api.awaitConfirmed(api.press(user, welcome.messageId(), "c"));
	}

}
