package de.mitreden.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.mitreden.answers.AnswerImport;
import de.mitreden.answers.ImportedAnswer;

/** Free-text answers about three clear topics, enough for themes to form (test data). */
final class ThemeTestAnswers {

	static final List<String> LANGUAGE_COURSES = List.of("Es gibt zu wenige Sprachkurse am Abend",
			"Die Sprachkurse sind immer voll", "Ich warte seit Monaten auf einen Deutschkurs",
			"Mehr Sprachkurse für Mütter mit Kinderbetreuung", "Der Integrationskurs hat zu lange Wartezeiten",
			"Sprachkurse am Wochenende wären gut", "Kurse für Deutsch sind zu teuer", "Es fehlen Deutschkurse für Anfänger",
			"Die Volkshochschule bietet zu wenige Sprachkurse an", "Ein Sprachkurs in der Nähe fehlt",
			"Sprachkurse mit Kinderbetreuung fehlen", "Zu wenig Plätze in den Deutschkursen");

	static final List<String> AUTHORITY = List.of("Termine bei der Ausländerbehörde dauern Monate",
			"Bei der Ausländerbehörde geht niemand ans Telefon", "Die Ausländerbehörde antwortet nicht auf E-Mails",
			"Lange Wartezeiten für einen Termin bei der Behörde", "Die Behörde ist unfreundlich zu Ausländern",
			"Keine Termine bei der Ausländerbehörde zu bekommen", "In der Ausländerbehörde spricht niemand Englisch",
			"Die Ausländerbehörde verliert Unterlagen", "Termin bei der Behörde nur online, das ist schwer",
			"Die Wartezeit bei der Ausländerbehörde ist zu lang", "Behörde schickt Briefe nur auf Deutsch",
			"Ausländerbehörde braucht mehr Personal");

	static final List<String> BUSES = List.of("Der Bus fährt abends zu selten", "Busse am Wochenende fahren kaum",
			"Die Busverbindung nach Voslapp ist schlecht", "Der letzte Bus fährt zu früh", "Busfahren ist zu teuer",
			"Der Bus kommt oft zu spät", "Mehr Busse in die Innenstadt", "Im Bus gibt es keine Ansagen auf Englisch",
			"Der Busfahrplan ist schwer zu verstehen", "Busse sind morgens zu voll", "Nachts fährt kein Bus",
			"Günstigere Bustickets für Familien");

	private ThemeTestAnswers() {
	}

	static void store(AnswerImport answerImport, String dialogue, String question) {
		List<ImportedAnswer> answers = new ArrayList<>();
		for (List<String> topic : List.of(LANGUAGE_COURSES, AUTHORITY, BUSES)) {
			for (String text : topic) {
				answers.add(new ImportedAnswer(dialogue, question, text, "de", "import", LocalDate.of(2025, 3, 14)));
			}
		}
		answerImport.add(answers);
	}

}
