package de.mitreden.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Staff searching the answers: each language found with its own analysis, German compounds, the
 * filters, paging, highlighted hits that cannot carry markup, and any typed query answered.
 */
class AnswerSearchTests extends SearchTestBase {

	@Test
	void answersInEveryLanguageAreFoundByTheWordInAnotherForm() {
		answer("Die Kurse sind zu teuer", "de");
		answer("The parks are beautiful", "en");
		answer("Parklar çok güzel", "tr");
		answer("الحديقة جميلة", "ar");
		answer("Парки очень красивые", "ru");
		answer("Парки дуже гарні", "uk");

		assertThat(find("Kurs")).containsExactly("Die Kurse sind zu teuer");
		assertThat(find("park")).containsExactlyInAnyOrder("The parks are beautiful", "Parklar çok güzel");
		assertThat(find("حديقة")).containsExactly("الحديقة جميلة");
		assertThat(find("парк")).containsExactlyInAnyOrder("Парки очень красивые", "Парки дуже гарні");
	}

	@Test
	void germanCompoundsMeetTheirParts() {
		answer("Wir brauchen mehr Sprachkurse am Abend", "de");
		answer("Der Kurs in der VHS war gut", "de");
		answer("Es fehlen Fahrradständer am Bahnhof", "de");
		answer("Die Wartezeit bei der Ausländerbehörde ist zu lang", "de");

		assertThat(find("Kurs")).containsExactlyInAnyOrder("Wir brauchen mehr Sprachkurse am Abend",
				"Der Kurs in der VHS war gut");
		assertThat(find("Sprachkurs")).contains("Wir brauchen mehr Sprachkurse am Abend", "Der Kurs in der VHS war gut");
		assertThat(find("Fahrrad")).containsExactly("Es fehlen Fahrradständer am Bahnhof");
		assertThat(find("Behörde")).containsExactly("Die Wartezeit bei der Ausländerbehörde ist zu lang");
	}

	@Test
	void germanNounsAndParticiplesMeetTheirVerb() {
		answer("Der Weg am Rhein ist nachts unbeleuchtet", "de");
		answer("Die Beleuchtung im Park fehlt", "de");
		answer("Der Radweg ist schlecht markiert", "de");

		assertThat(find("Beleuchtung")).containsExactlyInAnyOrder("Der Weg am Rhein ist nachts unbeleuchtet",
				"Die Beleuchtung im Park fehlt");
		assertThat(find("Markierung")).containsExactly("Der Radweg ist schlecht markiert");
	}

	@Test
	void aGermanAnswerFromAnArabicMenuIsAnalysedAsGerman() {
		long id = answer("Ich wünsche mir mehr Sprachkurse für Frauen in der Stadt", "ar");

		SearchHit hit = this.search.search(inThisDialogue().text("Kurs").build()).hits().get(0);

		assertThat(hit.answerId()).isEqualTo(id);
		assertThat(hit.language()).isEqualTo("de");
		assertThat(hit.menuLanguage()).isEqualTo("ar");
	}

	@Test
	void filtersNarrowTheAnswers() {
		long first = newRespondent();
		insert(first, "open-where", "Im Sportverein", "de", "verein42", LocalDate.of(2025, 1, 10));
		insert(first, "how-open", "4", "de", "verein42", LocalDate.of(2025, 1, 10));
		insert(first, "fields", "work", "de", "verein42", LocalDate.of(2025, 1, 10));
		insert(first, "fields", "togetherness", "de", "verein42", LocalDate.of(2025, 1, 10));
		long second = newRespondent();
		insert(second, "open-where", "At work with my colleagues", "en", "direct", LocalDate.of(2025, 2, 20));
		insert(second, "how-open", "2", "en", "direct", LocalDate.of(2025, 2, 20));
		long third = newRespondent();
		long thirdId = insert(third, "open-not-yet", "Beim Amt", "de", "web", LocalDate.of(2025, 3, 1));
		announce(first, second, third);

		SearchQuery.Builder freeText = inThisDialogue().question("open-where");
		assertThat(texts(freeText.build())).containsExactly("At work with my colleagues", "Im Sportverein");
		assertThat(texts(inThisDialogue().question("open-where").language("en").build()))
			.containsExactly("At work with my colleagues");
		assertThat(texts(inThisDialogue().channel("verein42").question("open-where").build()))
			.containsExactly("Im Sportverein");
		assertThat(texts(inThisDialogue().dates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)).build()))
			.containsExactlyInAnyOrder("At work with my colleagues", "2");
		assertThat(texts(inThisDialogue().dates(LocalDate.of(2025, 3, 1), null).build())).containsExactly("Beim Amt");
		assertThat(texts(inThisDialogue().question("open-where").respondentAnswered("how-open", Set.of("4", "5")).build()))
			.containsExactly("Im Sportverein");
		assertThat(texts(inThisDialogue().question("open-where").respondentAnswered("fields", Set.of("work")).build()))
			.containsExactly("Im Sportverein");
		assertThat(texts(inThisDialogue().question("open-where").respondentAnswered("how-open", Set.of("1")).build()))
			.isEmpty();
		assertThat(texts(inThisDialogue().answerIds(Set.of(thirdId)).build())).containsExactly("Beim Amt");
		assertThat(texts(inThisDialogue().answerIds(Set.of()).build())).isEmpty();
		assertThat(this.search.matchingIds(inThisDialogue().question("open-not-yet").build())).containsExactly(thirdId);
	}

	@Test
	void pagesAreNewestFirstWithTheExactTotal() {
		long respondent = newRespondent();
		List<String> newestFirst = new ArrayList<>();
		for (int day = 1; day <= 23; day++) {
			String text = "Antwort vom " + day + ". Januar";
			insert(respondent, "open-where", text, "de", "direct", LocalDate.of(2025, 1, day));
			newestFirst.add(0, text);
		}
		announce(respondent);

		List<String> seen = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			SearchPage result = this.search.search(inThisDialogue().page(page, 10).build());
			assertThat(result.total()).isEqualTo(23);
			assertThat(result.totalPages()).isEqualTo(3);
			seen.addAll(result.hits().stream().map(SearchHit::text).toList());
		}
		assertThat(seen).containsExactlyElementsOf(newestFirst);
		assertThat(this.search.search(inThisDialogue().page(3, 10).build()).hits()).isEmpty();
		assertThat(this.search.search(inThisDialogue().text("Antwort").page(2, 10).build()).hits()).hasSize(3);
	}

	@Test
	void highlightsMarkTheMatchAndEscapeEverythingElse() {
		answer("<script>alert(1)</script> Der Kurs war gut", "de");
		answer("\"><img src=x onerror=alert(1)> Kurse & mehr", "de");

		List<SearchHit> hits = this.search.search(inThisDialogue().text("Kurs").build()).hits();
		List<SearchHit> unqueried = this.search.search(inThisDialogue().build()).hits();

		assertThat(hits).extracting(SearchHit::html)
			.containsExactlyInAnyOrder("&lt;script&gt;alert(1)&lt;/script&gt; Der <mark>Kurs</mark> war gut",
					"&quot;&gt;&lt;img src=x onerror=alert(1)&gt; <mark>Kurse</mark> &amp; mehr");
		assertThat(unqueried).extracting(SearchHit::html)
			.containsExactlyInAnyOrder("&lt;script&gt;alert(1)&lt;/script&gt; Der Kurs war gut",
					"&quot;&gt;&lt;img src=x onerror=alert(1)&gt; Kurse &amp; mehr");
		assertThat(hits).extracting(SearchHit::text)
			.containsExactlyInAnyOrder("<script>alert(1)</script> Der Kurs war gut",
					"\"><img src=x onerror=alert(1)> Kurse & mehr");
	}

	@Test
	void aCompoundIsMarkedOnceAsAWholeWord() {
		answer("Mehr Sprachkurse bitte", "de");

		SearchHit hit = this.search.search(inThisDialogue().text("Kurs").build()).hits().get(0);

		assertThat(hit.html()).isEqualTo("Mehr <mark>Sprachkurse</mark> bitte");
	}

	@Test
	void anyTypedQueryIsAnsweredWithoutAnError() {
		answer("Der Kurs (abends) kostet 5 € \\ Monat", "de");
		List<String> queries = List.of("AND (", "\"", "*", "~", "\\", "Kurs AND (", "\"Kurs", "Kurs~", "Kurs~2",
				"Kurs*", "-", "|", "+", "(((", ")", "text_de:kurs", "[1 TO", "{", "/regex/", "Kurs\\", "\\\"", "*:*",
				"NOT", "&&", "||", "!", "^", "Kurs^3", "?", "   ", "");

		for (String query : queries) {
			assertThatCode(() -> this.search.search(inThisDialogue().text(query).build())).as(query)
				.doesNotThrowAnyException();
		}
		assertThat(find("Kurs*")).containsExactly("Der Kurs (abends) kostet 5 € \\ Monat");
		assertThat(find("\"Kurs abends\"")).containsExactly("Der Kurs (abends) kostet 5 € \\ Monat");
	}

}
