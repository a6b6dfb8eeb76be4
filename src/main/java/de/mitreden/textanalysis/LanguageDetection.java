package de.mitreden.textanalysis;

import java.util.Map;
import java.util.Set;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Lingua, restricted to the six dialogue languages, with two shortcuts and a bias. The script decides where it
 * can (Arabic script is Arabic here; і/ї/є/ґ are only Ukrainian, ы/э/ъ/ё only Russian), which is exact and fast.
 * Short texts lean towards the fallback (the participant's menu language): "Bus" or "ok" are as German as they
 * are English, and the menu is the better guess then.
 */
final class LanguageDetection {

	/** Lingua's cost grows with the text; the first sentences decide the language of an answer anyway. */
	private static final int MAX_CHARS = 300;

	/**
	 * From this length on, Lingua's low-accuracy mode (trigrams only) is as reliable as the full one and about
	 * five times faster: what keeps detecting 100,000 long answers within seconds.
	 */
	private static final int LONG_TEXT = 120;

	/** Confidence (relative to the best, 1.0) the fallback needs to win on a text of one or two words. */
	private static final double SHORT_TEXT_FALLBACK = 0.75;

	/** ... and on a longer text: only a near tie. */
	private static final double LONG_TEXT_FALLBACK = 0.95;

	private static final Map<Language, String> CODES = Map.of(Language.GERMAN, "de", Language.ENGLISH, "en",
			Language.TURKISH, "tr", Language.ARABIC, "ar", Language.UKRAINIAN, "uk", Language.RUSSIAN, "ru");

	private static final Set<String> LATIN = Set.of("de", "en", "tr");

	private volatile LanguageDetector detector;

	private volatile LanguageDetector fastDetector;

	String detect(String text, String fallback) {
		if (text == null) {
			return fallback;
		}
		String sample = (text.length() > MAX_CHARS) ? text.substring(0, MAX_CHARS) : text;
		Script script = Script.dominant(sample);
		return switch (script) {
			case NONE -> fallback;
			case ARABIC -> "ar";
			case CYRILLIC -> cyrillic(sample, fallback);
			case LATIN -> withLingua(sample, LATIN.contains(fallback) ? fallback : "de");
		};
	}

	private String cyrillic(String text, String fallback) {
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		if (lower.matches("(?s).*[іїєґ].*")) {
			return "uk";
		}
		if (lower.matches("(?s).*[ыэъё].*")) {
			return "ru";
		}
		return withLingua(text, "ru".equals(fallback) ? "ru" : "uk");
	}

	private String withLingua(String text, String preferred) {
		LanguageDetector chosen = (text.length() >= LONG_TEXT) ? fastDetector() : detector();
		Map<Language, Double> confidences = chosen.computeLanguageConfidenceValues(text);
		String best = null;
		double preferredConfidence = 0;
		for (var entry : confidences.entrySet()) {
			String code = CODES.get(entry.getKey());
			if (best == null && code != null) {
				best = code;
			}
			if (preferred.equals(code)) {
				preferredConfidence = entry.getValue();
			}
		}
		double needed = (wordCount(text) <= 2) ? SHORT_TEXT_FALLBACK : LONG_TEXT_FALLBACK;
		return (best == null || preferredConfidence >= needed) ? preferred : best;
	}

	private static int wordCount(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
	}

	/** Built on first use: the detector loads a language's models only when a text needs them. */
	private LanguageDetector detector() {
		LanguageDetector result = this.detector;
		if (result == null) {
			synchronized (this) {
				result = this.detector;
				if (result == null) {
					result = builder().build();
					this.detector = result;
				}
			}
		}
		return result;
	}

	private LanguageDetector fastDetector() {
		LanguageDetector result = this.fastDetector;
		if (result == null) {
			synchronized (this) {
				result = this.fastDetector;
				if (result == null) {
					result = builder().withLowAccuracyMode().build();
					this.fastDetector = result;
				}
			}
		}
		return result;
	}

	private static LanguageDetectorBuilder builder() {
		return LanguageDetectorBuilder.fromLanguages(Language.GERMAN, Language.ENGLISH, Language.TURKISH,
				Language.ARABIC, Language.UKRAINIAN, Language.RUSSIAN);
	}

	private enum Script {

		NONE, LATIN, CYRILLIC, ARABIC;

		static Script dominant(String text) {
			int latin = 0;
			int cyrillic = 0;
			int arabic = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (!Character.isLetter(c)) {
					continue;
				}
				switch (Character.UnicodeScript.of(c)) {
					case LATIN -> latin++;
					case CYRILLIC -> cyrillic++;
					case ARABIC -> arabic++;
					default -> {
					}
				}
			}
			if (latin + cyrillic + arabic == 0) {
				return NONE;
			}
			if (arabic >= latin && arabic >= cyrillic) {
				return ARABIC;
			}
			return (cyrillic > latin) ? CYRILLIC : LATIN;
		}

	}

}
