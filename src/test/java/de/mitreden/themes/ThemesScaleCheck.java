package de.mitreden.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVRecord;

import de.mitreden.textanalysis.TextAnalysis;

/** Development aid (not a test): 100,000 long Bonn answers, words dropped at random, timed. Run with -Xmx1g. */
public final class ThemesScaleCheck {

	public static void main(String[] args) throws Exception {
		List<CSVRecord> rows = ThemesDevEval.read(ThemesDevEval.BONN);
		Random random = new Random(1);
		List<ThemeDocument> documents = new ArrayList<>();
		for (int i = 0; documents.size() < 100_000; i++) {
			CSVRecord row = rows.get(i % rows.size());
			StringBuilder text = new StringBuilder();
			for (String word : (row.get("title") + " " + row.get("text")).split(" ")) {
				if (i < rows.size() || random.nextInt(8) > 0) {
					text.append(word).append(' ');
				}
			}
			documents.add(new ThemeDocument("d" + i, text.toString(), "de"));
		}
		var clustering = new ThemeClustering(TextAnalysis.create());
		long start = System.nanoTime();
		Themes themes = clustering.cluster(ThemeRequest.of(documents));
		System.out.printf("%d answers: %.1f s, %d themes, %.1f%% other, heap used %d MiB%n", documents.size(),
				(System.nanoTime() - start) / 1e9, themes.themes().size(), 100.0 * themes.otherIds().size() / documents.size(),
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
	}

}
