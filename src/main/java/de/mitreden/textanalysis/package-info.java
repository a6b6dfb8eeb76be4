/**
 * Text analysis for the staff side: which language an answer is written in, and how its words become
 * search and theme terms.
 * <p>
 * Citizens answer in their own language, not always in the menu's: {@link de.mitreden.textanalysis.TextAnalysis}
 * detects the language of each text (Lingua, restricted to the six dialogue languages) and gives one Lucene
 * analyzer per language: German, English, Turkish, Arabic, Russian and Ukrainian stemming and stop words, plus a
 * per-dialogue stop word list (the city's name). German compounds are split ("Fahrradständer" also yields
 * "Fahrrad" and "Ständer") with a bundled list of common nouns and a German dictionary (jwordsplitter's words).
 * The search index and the themes use the same analyzers, so a word means the same in both.
 * <p>
 * Public API: {@link de.mitreden.textanalysis.TextAnalysis}. Everything else is internal. No dependency on other
 * mitreden modules; usable without Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Text analysis")
package de.mitreden.textanalysis;
