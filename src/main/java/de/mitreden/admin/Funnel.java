package de.mitreden.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import de.mitreden.answers.ProgressCount;
import de.mitreden.links.Counts;

/**
 * Where people stop: how many reached each step of a dialogue (began, agreed, each question behind them),
 * for everyone or for one language or channel, and the same steps split by language and by channel.
 * <p>
 * "Began" comes from the anonymous counts per channel and day: before people agree nothing is stored about
 * them, so it is known per channel but not per language. The other steps come from the stored participants.
 *
 * @param steps the steps in dialogue order
 * @param splits the reached counts of every step per language and per channel
 */
record Funnel(List<Step> steps, Figure splits) {

	/**
	 * One step.
	 *
	 * @param key "started", "consented", "q1", "q2", …
	 * @param label the step for tables, e.g. "Frage 2: Denken Sie … beantwortet"
	 * @param shortLabel the step for the chart, e.g. "Frage 2"
	 * @param reached how many got this far; null if not counted for the chosen split
	 * @param drop how many of the step before did not get this far; null for the first step counted
	 * @param share {@code reached} as a share of the first step counted
	 */
	record Step(String key, String label, String shortLabel, Long reached, Long drop, String share) {
	}

	/** A step and how many of a group of participants reached it. */
	private record Definition(String key, String label, String shortLabel, ToLongFunction<ProgressCount> reached) {
	}

	/**
	 * @param language only participants of this language, or null for all
	 * @param channel only participants of this channel, or null for all
	 * @param started "began" per channel
	 * @param channelLabel the name of a channel for the split table
	 */
	static Funnel of(DialogueView dialogue, List<ProgressCount> progress, Map<String, Counts> started, String language,
			String channel, Function<String, String> channelLabel) {
		List<Definition> definitions = definitions(dialogue);
		List<ProgressCount> chosen = progress.stream()
			.filter((count) -> language == null || language.equals(count.language()))
			.filter((count) -> channel == null || channel.equals(count.channel()))
			.toList();
		List<Step> steps = new ArrayList<>();
		Long first = null;
		Long previous = null;
		Long began = (language == null) ? startedIn(started, channel) : null;
		for (Definition definition : definitions) {
			Long reached = (definition.reached() == null) ? began
					: (Long) chosen.stream().mapToLong(definition.reached()).sum();
			first = (first == null) ? reached : first;
			Long drop = (previous == null || reached == null || previous < reached) ? null : previous - reached;
			String share = (first == null || reached == null) ? "" : Percent.of(reached, first);
			steps.add(new Step(definition.key(), definition.label(), definition.shortLabel(), reached, drop, share));
			previous = (reached != null) ? reached : previous;
		}
		return new Funnel(steps, splits(definitions, progress, started, channelLabel));
	}

	/** The largest count of any step: the chart's scale. */
	long max() {
		return this.steps.stream().map(Step::reached).filter(Objects::nonNull).mapToLong(Long::longValue).max().orElse(0);
	}

	/** Began, agreed, then one step per question: answered it, or skipped it where that is allowed. */
	private static List<Definition> definitions(DialogueView dialogue) {
		List<Definition> definitions = new ArrayList<>();
		definitions.add(new Definition("started", "Begonnen", "Begonnen", null));
		definitions.add(new Definition("consented", "Zugestimmt", "Zugestimmt", ProgressCount::participants));
		int last = dialogue.questions().size();
		for (QuestionView question : dialogue.questions()) {
			int number = question.number();
			String done = question.optional() ? " beantwortet oder übersprungen" : " beantwortet";
			String label = (number == last) ? "Abgeschlossen: " + question.shortTitle() + done
					: question.shortTitle() + done;
			String shortLabel = (number == last) ? "Frage " + number + " (Ende)" : "Frage " + number;
			definitions.add(new Definition("q" + number, label, shortLabel,
					(count) -> (count.passed() >= number) ? count.participants() : 0));
		}
		return definitions;
	}

	private static Long startedIn(Map<String, Counts> started, String channel) {
		return started.entrySet()
			.stream()
			.filter((entry) -> channel == null || channel.equals(entry.getKey()))
			.mapToLong((entry) -> entry.getValue().started())
			.sum();
	}

	/** Every step per language and per channel; "began" only per channel (no language is known then). */
	private static Figure splits(List<Definition> definitions, List<ProgressCount> progress,
			Map<String, Counts> started, Function<String, String> channelLabel) {
		CountTable.Builder byLanguage = new CountTable.Builder();
		CountTable.Builder byChannel = new CountTable.Builder();
		for (Definition definition : definitions) {
			byChannel.row(definition.key(), definition.label());
			if (definition.reached() == null) {
				started.forEach((channel, counts) -> byChannel.add(definition.key(), channel, counts.started()));
				continue;
			}
			byLanguage.row(definition.key(), definition.label());
			for (ProgressCount count : progress) {
				byLanguage.add(definition.key(), count.language(), definition.reached().applyAsLong(count));
				byChannel.add(definition.key(), count.channel(), definition.reached().applyAsLong(count));
			}
		}
		return new Figure("trichter-aufgeteilt", "Schritte nach Sprache und nach Kanal",
				byLanguage.build("nach Sprache", Labels::language, false), byChannel.build("nach Kanal", channelLabel, false));
	}

}
