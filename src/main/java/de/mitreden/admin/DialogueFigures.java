package de.mitreden.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.mitreden.answers.AnswerCount;
import de.mitreden.answers.AnswerQueries;
import de.mitreden.answers.ProgressCount;

import org.springframework.stereotype.Component;

/**
 * The figures of one dialogue for the overview and the report: participation, answers per question, the
 * distribution of each rating and choice question; each split by language and by channel. Hidden
 * answers are not counted.
 */
@Component
class DialogueFigures {

	private final AnswerQueries answers;

	DialogueFigures(AnswerQueries answers) {
		this.answers = answers;
	}

	Overview of(DialogueView dialogue) {
		List<ProgressCount> participants = progress(dialogue);
		List<AnswerCount> perQuestion = this.answers.counts(dialogue.id());
		return new Overview(dialogue, participation(participants, dialogue.questions().size()),
				answersPerQuestion(dialogue, perQuestion), List.copyOf(distributions(dialogue).values()),
				perQuestion.stream().mapToLong(AnswerCount::count).sum(), imported(perQuestion),
				countsPerQuestion(perQuestion));
	}

	/** Imported contributions have no participant: the overview says how many of the answers they are. */
	private static long imported(List<AnswerCount> counts) {
		return counts.stream()
			.filter((count) -> ImportController.CHANNEL.equals(count.channel()))
			.mapToLong(AnswerCount::count)
			.sum();
	}

	/** The values given to each choice and rating question, by question id in question order. */
	Map<String, Figure> distributions(DialogueView dialogue) {
		List<QuestionView> choices = dialogue.questions().stream().filter(QuestionView::isChoice).toList();
		Map<String, List<AnswerCount>> values = this.answers
			.valueCounts(dialogue.id(), choices.stream().map(QuestionView::id).toList())
			.stream()
			.collect(Collectors.groupingBy(AnswerCount::question));
		Map<String, Figure> distributions = new LinkedHashMap<>();
		choices.forEach((question) -> distributions.put(question.id(),
				distribution(question, values.getOrDefault(question.id(), List.of()))));
		return distributions;
	}

	/** How far each participant got, per language and channel: the overview's participation, the dashboard's funnel. */
	List<ProgressCount> progress(DialogueView dialogue) {
		return this.answers.progress(dialogue.id(), dialogue.questions().stream().map(QuestionView::id).toList());
	}

	/** "Reached the last question": everything but the last question behind them. */
	private static Figure participation(List<ProgressCount> counts, int questionCount) {
		return figure("teilnahme", "Teilnahme", false, (builder, split) -> {
			builder.row("all", "Teilnehmende").row("completed", "davon bis zur letzten Frage gekommen");
			for (ProgressCount count : counts) {
				String column = split.apply(new String[] { count.language(), count.channel() });
				builder.add("all", column, count.participants());
				builder.add("completed", column, (count.passed() >= questionCount - 1) ? count.participants() : 0);
			}
		});
	}

	private static Figure answersPerQuestion(DialogueView dialogue, List<AnswerCount> counts) {
		return figure("antworten", "Antworten je Frage", false, (builder, split) -> {
			dialogue.questions().forEach((question) -> builder.row(question.id(), question.shortTitle()));
			counts.forEach((count) -> builder.add(count.question(), split.apply(key(count)), count.count()));
		});
	}

	private static Figure distribution(QuestionView question, List<AnswerCount> counts) {
		return figure("frage-" + question.number(), question.title(), !question.kind().name().equals("MULTIPLE"),
				(builder, split) -> {
					question.values().forEach(builder::row);
					counts.forEach((count) -> builder.add(count.value(), split.apply(key(count)), count.count()));
				});
	}

	private static Map<String, Long> countsPerQuestion(List<AnswerCount> counts) {
		return counts.stream().collect(Collectors.groupingBy(AnswerCount::question, Collectors.summingLong(AnswerCount::count)));
	}

	private static String[] key(AnswerCount count) {
		return new String[] { count.language(), count.channel() };
	}

	/** Fills one builder per split (language, channel) with the same rows. */
	private static Figure figure(String id, String title, boolean shares, Filler filler) {
		CountTable.Builder byLanguage = new CountTable.Builder();
		CountTable.Builder byChannel = new CountTable.Builder();
		filler.fill(byLanguage, (key) -> key[0]);
		filler.fill(byChannel, (key) -> key[1]);
		return new Figure(id, title, byLanguage.build("nach Sprache", Labels::language, shares),
				byChannel.build("nach Kanal", Labels::channel, shares));
	}

	@FunctionalInterface
	private interface Filler {

		void fill(CountTable.Builder builder, Function<String[], String> split);

	}

	/**
	 * Everything the overview shows.
	 *
	 * @param answerTotal visible answers of the dialogue
	 * @param importedTotal of these, contributions imported from a file (they have no participant)
	 * @param answersPerQuestion visible answers per question id
	 */
	record Overview(DialogueView dialogue, Figure participation, Figure answers, List<Figure> distributions,
			long answerTotal, long importedTotal, Map<String, Long> answersPerQuestion) {

		public long participants() {
			return this.participation.byLanguage().rows().get(0).total();
		}

		public long completed() {
			return this.participation.byLanguage().rows().get(1).total();
		}

		public long answersTo(String question) {
			return this.answersPerQuestion.getOrDefault(question, 0L);
		}

	}

}
