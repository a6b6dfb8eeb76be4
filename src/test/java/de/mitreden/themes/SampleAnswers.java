package de.mitreden.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.mitreden.textanalysis.TextAnalysis;

/** Answers made for the tests: three topics in German (ids A, B, C...), two in English (ids E...). */
final class SampleAnswers {

	private static final TextAnalysis ANALYSIS = TextAnalysis.create();

	private SampleAnswers() {
	}

	/** The texts as German answers a0, a1, ..., analysed with the plain German analyzer (no learned parts). */
	static Corpus germanCorpus(List<String> texts) {
		List<ThemeDocument> documents = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			documents.add(new ThemeDocument("a" + i, texts.get(i), "de"));
		}
		return Corpus.analyse("de", documents, ANALYSIS.corpusAnalyzer("de", Set.of()));
	}

	/** The analyzer {@link #germanCorpus} analyses with, for texts outside the corpus. */
	static org.apache.lucene.analysis.Analyzer germanAnalyzer() {
		return ANALYSIS.corpusAnalyzer("de", Set.of());
	}

	static List<ThemeDocument> german() {
		List<ThemeDocument> answers = new ArrayList<>();
		add(answers, "A", "de", "Termine bei der Ausländerbehörde dauern viel zu lange",
				"Ich warte seit Monaten auf Termine bei der Ausländerbehörde",
				"Die Ausländerbehörde antwortet nicht auf E-Mails",
				"Keine Termine bei der Ausländerbehörde zu bekommen",
				"Bei der Behörde versteht mich niemand, Termine gibt es nicht",
				"Mehr Personal für die Ausländerbehörde, damit es Termine gibt",
				"Termine bei der Ausländerbehörde online buchen können");
		add(answers, "B", "de", "Mehr Sprachkurse am Abend", "Der Sprachkurs ist zu teuer",
				"Sprachkurse mit Kinderbetreuung wären toll", "Ich finde keinen Platz im Sprachkurs",
				"Kurse für Deutsch auch am Wochenende", "Der Deutschkurs hat zu lange Wartezeiten",
				"Sprachkurse für Frauen mit Kinderbetreuung");
		add(answers, "C", "de", "Mehr Fahrradständer am Bahnhof", "Die Radwege sind voller Schlaglöcher",
				"Sichere Radwege zur Schule", "Fahrradständer in der Innenstadt fehlen",
				"Radwege werden zugeparkt", "Es gibt zu wenige Ständer für Fahrräder am Bahnhof",
				"Breitere Radwege und mehr Fahrradständer");
		return answers;
	}

	static List<ThemeDocument> english() {
		List<ThemeDocument> answers = new ArrayList<>();
		add(answers, "E1", "en", "More language courses in the evening", "The language course is too expensive",
				"Language courses with childcare please", "I cannot find a place in a language course");
		add(answers, "E2", "en", "More bike parking at the station", "Bike lanes full of potholes",
				"Safe bike lanes to school", "Bike parking in the city centre is missing");
		return answers;
	}

	private static void add(List<ThemeDocument> answers, String prefix, String language, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			answers.add(new ThemeDocument(prefix + i, texts[i], language));
		}
	}

}
