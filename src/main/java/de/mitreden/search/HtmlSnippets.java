package de.mitreden.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Highlighted answers as HTML: every character of the answer escaped, matches wrapped in
 * {@code <mark>…</mark>}. Overlapping matches (a German compound and its parts match the same
 * letters) become one mark. Nothing of the answer can become markup.
 */
final class HtmlSnippets extends PassageFormatter {

	static final String OPEN = "<mark>";

	static final String CLOSE = "</mark>";

	@Override
	public String format(Passage[] passages, String content) {
		StringBuilder html = new StringBuilder(content.length() + 32);
		int position = 0;
		for (Passage passage : passages) {
			int start = Math.max(position, passage.getStartOffset());
			escape(content, position, start, html);
			position = start;
			for (int[] match : merged(passage)) {
				int from = Math.max(position, match[0]);
				if (match[1] <= from) {
					continue;
				}
				escape(content, position, from, html);
				html.append(OPEN);
				escape(content, from, match[1], html);
				html.append(CLOSE);
				position = match[1];
			}
			int end = Math.max(position, passage.getEndOffset());
			escape(content, position, end, html);
			position = end;
		}
		escape(content, position, content.length(), html);
		return html.toString();
	}

	/** The whole text escaped, no marks: for hits without a text query. */
	static String plain(String content) {
		StringBuilder html = new StringBuilder(content.length() + 16);
		escape(content, 0, content.length(), html);
		return html.toString();
	}

	private static List<int[]> merged(Passage passage) {
		int[][] matches = new int[passage.getNumMatches()][];
		for (int i = 0; i < matches.length; i++) {
			matches[i] = new int[] { passage.getMatchStarts()[i], passage.getMatchEnds()[i] };
		}
		Arrays.sort(matches, Comparator.comparingInt((int[] match) -> match[0]));
		List<int[]> merged = new ArrayList<>();
		for (int[] match : matches) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && match[0] <= last[1]) {
				last[1] = Math.max(last[1], match[1]);
			}
			else {
				merged.add(match);
			}
		}
		return merged;
	}

	private static void escape(String content, int from, int to, StringBuilder html) {
		for (int i = from; i < Math.min(to, content.length()); i++) {
			char c = content.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
	}

}
