package de.mitreden.textanalysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Language detection and per-language Lucene analysis, shared by the search index and the themes so that a
 * word is the same term in both. Thread-safe; create one and share it (it holds the language models).
 */
public final class TextAnalysis {

	/** The dialogue languages, in the order the dialogues list them. */
	public static final List<String> LANGUAGES = List.of("de", "en", "tr", "ar", "uk", "ru");

	private final LanguageDetection detection = new LanguageDetection();

	private final Map<AnalyzerKey, Analyzer> analyzers = new ConcurrentHashMap<>();

	private TextAnalysis() {
	}

	public static TextAnalysis create() {
		return new TextAnalysis();
	}

	/**
	 * The language a text is written in: one of {@link #LANGUAGES}. Short or unclear texts ("ok", "Bus") get
	 * {@code fallbackLanguage} (typically the language of the participant's menu) where it is a plausible
	 * reading; an unsupported fallback counts as German.
	 */
	public String detectLanguage(String text, String fallbackLanguage) {
		return this.detection.detect(text, supportedOr(fallbackLanguage, "de"));
	}

	/**
	 * The Lucene analyzer for a language: tokenising, lower case, stop words (the language's list plus
	 * {@code extraStopwords}, also in their inflected forms), stemming, and for German compound splitting
	 * that keeps the whole word and adds its parts at the same position. An unsupported language gets the
	 * German analyzer. Analyzers are cached and thread-safe: do not close them.
	 */
	public Analyzer analyzer(String language, Set<String> extraStopwords) {
		return this.analyzers.computeIfAbsent(key(language, extraStopwords), LanguageAnalyzers::create);
	}

	/**
	 * Like {@link #analyzer(String, Set)}, but a new one, for one corpus: the German analyzer remembers the terms
	 * of every distinct word it has seen on a thread (up to 50,000), and a cached one would keep them across corpora.
	 * Thread-safe; keep it as long as the corpus.
	 */
	public Analyzer corpusAnalyzer(String language, Set<String> extraStopwords) {
		return LanguageAnalyzers.create(key(language, extraStopwords));
	}

	private static AnalyzerKey key(String language, Set<String> extraStopwords) {
		return new AnalyzerKey(supportedOr(language, "de"), Set.copyOf(extraStopwords));
	}

	/** The terms the analyzer of {@code language} makes of {@code text}, in order (compound parts after the word). */
	public List<String> terms(String text, String language, Set<String> extraStopwords) {
		return terms(analyzer(language, extraStopwords), text);
	}

	static List<String> terms(Analyzer analyzer, String text) {
		var terms = new ArrayList<String>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static String supportedOr(String language, String otherwise) {
		return (language != null && LANGUAGES.contains(language)) ? language : otherwise;
	}

	record AnalyzerKey(String language, Set<String> extraStopwords) {
	}

}
