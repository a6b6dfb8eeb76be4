package de.mitreden.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

import de.mitreden.answers.StoredAnswer;
import de.mitreden.textanalysis.TextAnalysis;

import static de.mitreden.search.AnswerFields.*;

/**
 * Turns the answers of one respondent into index documents, one per answer. Each document also
 * carries the respondent's short answers in the same dialogue (their rating, their fields of action),
 * so a free-text answer can be filtered by them.
 */
final class AnswerDocuments {

	/** Longer answers are free text and never a filter value. */
	static final int MAX_FILTER_VALUE_LENGTH = 100;

	/** Option ids and rating numbers: no language to detect. */
	private static final Pattern OPTION_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	/** Stored, analysed, with offsets in the postings so the highlighter needs no re-analysis. */
	private static final FieldType TEXT = textType();

	private final TextAnalysis analysis;

	AnswerDocuments(TextAnalysis analysis) {
		this.analysis = analysis;
	}

	/**
	 * @param answers all answers of one respondent (any order)
	 * @param languages languages detected before; what is detected now is added to it
	 */
	List<Document> of(List<StoredAnswer> answers, DetectedLanguages.Memo languages) {
		Map<String, Set<String>> answeredPerDialogue = answeredPerDialogue(answers);
		List<Document> documents = new ArrayList<>(answers.size());
		for (StoredAnswer answer : answers) {
			documents.add(document(answer, answeredPerDialogue.get(answer.dialogue()), languages));
		}
		return documents;
	}

	private static Map<String, Set<String>> answeredPerDialogue(List<StoredAnswer> answers) {
		Map<String, Set<String>> answered = new LinkedHashMap<>();
		for (StoredAnswer answer : answers) {
			Set<String> terms = answered.computeIfAbsent(answer.dialogue(), (dialogue) -> new LinkedHashSet<>());
			if (answer.value().length() <= MAX_FILTER_VALUE_LENGTH) {
				terms.add(answered(answer.question(), answer.value()));
			}
		}
		return answered;
	}

	private Document document(StoredAnswer answer, Set<String> answered, DetectedLanguages.Memo languages) {
		String language = language(answer, languages);
		Document doc = new Document();
		doc.add(new LongPoint(ID, answer.id()));
		doc.add(new NumericDocValuesField(ID, answer.id()));
		doc.add(new StoredField(ID, answer.id()));
		doc.add(new StringField(RESPONDENT, Long.toString(answer.respondent()), Field.Store.YES));
		doc.add(new StringField(DIALOGUE, answer.dialogue(), Field.Store.YES));
		doc.add(new StringField(QUESTION, answer.question(), Field.Store.YES));
		doc.add(new StringField(LANGUAGE, language, Field.Store.YES));
		doc.add(new StringField(MENU_LANGUAGE, answer.language(), Field.Store.YES));
		doc.add(new StringField(CHANNEL, answer.channel(), Field.Store.YES));
		addDay(doc, (int) answer.date().toEpochDay());
		doc.add(new StringField(HIDDEN, Boolean.toString(answer.hidden()), Field.Store.YES));
		doc.add(new NumericDocValuesField(HIDDEN, answer.hidden() ? 1 : 0));
		answered.forEach((term) -> doc.add(new StringField(RESPONDENT_ANSWERED, term, Field.Store.NO)));
		doc.add(new Field(TextFields.of(language), answer.value(), TEXT));
		return doc;
	}

	private static void addDay(Document doc, int epochDay) {
		doc.add(new IntPoint(DAY, epochDay));
		doc.add(new NumericDocValuesField(DAY, epochDay));
		doc.add(new StoredField(DAY, epochDay));
	}

	/** The language the text is written in; the menu's for option ids and what cannot be told. */
	private String language(StoredAnswer answer, DetectedLanguages.Memo languages) {
		if (OPTION_ID.matcher(answer.value()).matches()) {
			return answer.language();
		}
		String known = languages.get(answer.id());
		if (known != null) {
			return known;
		}
		String detected = this.analysis.detectLanguage(answer.value(), answer.language());
		languages.detected(answer.id(), detected);
		return detected;
	}

	private static FieldType textType() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setStored(true);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
