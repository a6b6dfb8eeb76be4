package de.mitreden.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.mitreden.answers.ProgressCount;
import de.mitreden.links.ChannelCounts;
import de.mitreden.links.Counts;
import de.mitreden.links.Link;
import de.mitreden.links.Links;

import org.springframework.stereotype.Component;

/**
 * The dashboard of one dialogue: participation over time, where people stop (for everyone, one language or
 * one channel), the ratings and the profile. Reads the same figures as the overview ({@link DialogueFigures})
 * and the anonymous counts per channel and day of the links module; writes no query of its own.
 */
@Component
class DashboardFigures {

	private final DialogueFigures figures;

	private final ChannelCounts counts;

	private final Links links;

	DashboardFigures(DialogueFigures figures, ChannelCounts counts, Links links) {
		this.figures = figures;
		this.counts = counts;
		this.links = links;
	}

	/**
	 * @param language show the funnel for this language only (null: all; an unknown code counts as all)
	 * @param channel show the funnel for this channel only (null or blank: all)
	 */
	Dashboard of(DialogueView dialogue, String language, String channel) {
		String chosenLanguage = (language != null && dialogue.languages().contains(language)) ? language : null;
		String chosenChannel = (channel == null || channel.isBlank()) ? null : channel;
		List<ProgressCount> progress = this.figures.progress(dialogue);
		Map<String, Counts> started = this.counts.byChannel(dialogue.id());
		Function<String, String> channelLabel = channelLabels(dialogue);
		Funnel funnel = Funnel.of(dialogue, progress, started, chosenLanguage, chosenChannel, channelLabel);
		Map<String, Figure> distributions = this.figures.distributions(dialogue);
		return new Dashboard(dialogue, funnel, BarChart.of(funnelBars(funnel)),
				Timeline.of(this.counts.byDayOfDialogue(dialogue.id())),
				charts(dialogue.ratingQuestions(), distributions, false),
				charts(dialogue.questions().stream().filter(QuestionView::profile).toList(), distributions, true),
				new Choice(chosenLanguage, chosenChannel, (chosenChannel != null) ? channelLabel.apply(chosenChannel) : null),
				languages(dialogue), channels(progress, started, channelLabel));
	}

	/** A link's name for its code, else the usual name ("Web-Chat", "Telegram (direkt)", "Import"). */
	private Function<String, String> channelLabels(DialogueView dialogue) {
		Map<String, String> names = this.links.all()
			.stream()
			.filter((link) -> link.dialogueId().equals(dialogue.id()))
			.collect(Collectors.toMap(Link::code, Link::name, (first, second) -> first));
		return (code) -> names.getOrDefault(code, Labels.channel(code));
	}

	private static List<BarChart.Entry> funnelBars(Funnel funnel) {
		return funnel.steps()
			.stream()
			.filter((step) -> step.reached() != null)
			.map((step) -> new BarChart.Entry(step.shortLabel(), step.reached(), step.share(), false))
			.toList();
	}

	/**
	 * One bar chart per question; with {@code smallGroups} a value chosen by 1 to 4 people shows "weniger als
	 * 5" and no share (shares would give the hidden number away).
	 */
	private static List<Chart> charts(List<QuestionView> questions, Map<String, Figure> distributions,
			boolean smallGroups) {
		List<Chart> charts = new ArrayList<>();
		for (QuestionView question : questions) {
			CountTable table = distributions.get(question.id()).byLanguage();
			List<BarChart.Entry> entries = table.rows()
				.stream()
				.map((row) -> new BarChart.Entry(row.label(), row.total(), smallGroups ? "" : row.share(),
						smallGroups && isSmall(row.total())))
				.toList();
			charts.add(new Chart(question, BarChart.of(entries), table.total(), distributions.get(question.id())));
		}
		return charts;
	}

	/** 1 to 4: so few that a person could be recognised. */
	private static boolean isSmall(long count) {
		return count > 0 && count < ChannelCounts.SMALL_GROUP;
	}

	private static List<Option> languages(DialogueView dialogue) {
		return dialogue.languages().stream().map((code) -> new Option(code, Labels.language(code))).toList();
	}

	/** Every channel that began or has participants, named. */
	private static List<Option> channels(List<ProgressCount> progress, Map<String, Counts> started,
			Function<String, String> channelLabel) {
		Set<String> codes = new LinkedHashSet<>(started.keySet());
		progress.forEach((count) -> codes.add(count.channel()));
		return codes.stream().sorted().map((code) -> new Option(code, channelLabel.apply(code))).toList();
	}

	/**
	 * Everything the dashboard shows.
	 *
	 * @param funnel where people stop, for the chosen language or channel
	 * @param funnelChart the funnel as bars
	 * @param timeline participation per day
	 * @param ratings one chart per rating question
	 * @param profiles one chart per profile question (`profile: true` in the dialogue file), small groups hidden
	 * @param choice the chosen language and channel
	 * @param languages the languages to choose from
	 * @param channels the channels to choose from
	 */
	record Dashboard(DialogueView dialogue, Funnel funnel, BarChart funnelChart, Timeline timeline, List<Chart> ratings,
			List<Chart> profiles, Choice choice, List<Option> languages, List<Option> channels) {
	}

	/**
	 * @param answers how many answered the question (hidden answers not counted)
	 * @param split the same values by language and by channel (exact numbers: shown for ratings only)
	 */
	record Chart(QuestionView question, BarChart chart, long answers, Figure split) {
	}

	/** The chosen split of the funnel; nulls for "all". */
	record Choice(String language, String channel, String channelLabel) {

		public boolean isAll() {
			return this.language == null && this.channel == null;
		}

		public String languageLabel() {
			return (this.language != null) ? Labels.language(this.language) : null;
		}

	}

	record Option(String value, String label) {
	}

}
