package de.mitreden.themes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What staff do with themes, and how a new computation respects it. Pure functions from one {@link ThemeBoard} to
 * the next; the admin module stores the boards (V4__themes.sql) and supplies new keys.
 * <p>
 * The rule: a staff decision is never silently undone. On {@link #recompute}, curated themes keep their key,
 * label and answers (minus answers that are gone or hidden); new answers join a curated theme only when they
 * are similar enough to it and staff have not taken them out of it; everything else is clustered afresh into
 * suggestions, which keep the key of the old suggestion they mostly continue, so a page does not reshuffle.
 */
public final class ThemeCuration {

	private final ThemeClustering clustering;

	private final Supplier<String> newKey;

	public ThemeCuration(ThemeClustering clustering, Supplier<String> newKey) {
		this.clustering = clustering;
		this.newKey = newKey;
	}

	/** The first board of a question: every computed theme a suggestion. */
	public ThemeBoard suggest(Themes computed) {
		List<CuratedTheme> themes = new ArrayList<>();
		for (Theme theme : computed.themes()) {
			themes.add(CuratedTheme.suggested(this.newKey.get(), theme));
		}
		return new ThemeBoard(themes, computed.otherIds());
	}

	public ThemeBoard rename(ThemeBoard board, String key, String label) {
		return replace(board, key, theme(board, key).withLabel(label));
	}

	public ThemeBoard pin(ThemeBoard board, String key, boolean pinned) {
		return replace(board, key, theme(board, key).withPinned(pinned));
	}

	/** Merges themes into the first of {@code keys}, which keeps its key and label (and languages may differ). */
	public ThemeBoard merge(ThemeBoard board, List<String> keys) {
		CuratedTheme first = theme(board, keys.get(0));
		Set<String> answers = new LinkedHashSet<>();
		Set<String> staff = new HashSet<>();
		Set<String> excluded = new HashSet<>();
		for (String key : keys) {
			CuratedTheme theme = theme(board, key);
			answers.addAll(theme.answerIds());
			staff.addAll(theme.staffAnswerIds());
			excluded.addAll(theme.excludedIds());
		}
		excluded.removeAll(answers);
		var merged = new CuratedTheme(first.key(), first.label(), first.language(), first.labelByStaff(), true,
				first.pinned(), CuratedTheme.Origin.MERGED, first.searchQuery(), List.copyOf(answers), staff, excluded,
				first.topTerms());
		List<CuratedTheme> themes = new ArrayList<>(board.themes());
		themes.removeIf(t -> keys.contains(t.key()));
		themes.add(merged);
		return new ThemeBoard(themes, board.otherIds());
	}

	/**
	 * Splits a theme by clustering its answers again ({@code parts} themes, or chosen automatically); the parts
	 * are curated themes of their own, with computed labels. Answers of the theme that fit no part go to
	 * "Sonstiges".
	 */
	public ThemeBoard split(ThemeBoard board, String key, Collection<ThemeDocument> answers, OptionalInt parts,
			Set<String> stopwords) {
		CuratedTheme theme = theme(board, key);
		Set<String> members = new HashSet<>(theme.answerIds());
		List<ThemeDocument> documents = answers.stream().filter(a -> members.contains(a.id())).toList();
		Themes split = this.clustering.cluster(new ThemeRequest(documents, parts, stopwords));
		List<CuratedTheme> themes = new ArrayList<>(board.themes());
		themes.remove(theme);
		for (Theme part : split.themes()) {
			themes.add(new CuratedTheme(this.newKey.get(), part.label(), part.language(), false, true, false,
					CuratedTheme.Origin.SPLIT, null, part.documentIds(), Set.of(), Set.of(), part.topTerms()));
		}
		List<String> others = new ArrayList<>(board.otherIds());
		others.addAll(split.otherIds());
		return new ThemeBoard(themes, others);
	}

	/** Moves an answer by hand into a theme ({@code toKey}), or to "Sonstiges" ({@code toKey} null). */
	public ThemeBoard move(ThemeBoard board, String answerId, String toKey) {
		List<CuratedTheme> themes = new ArrayList<>();
		for (CuratedTheme theme : board.themes()) {
			if (theme.answerIds().contains(answerId) && !theme.key().equals(toKey)) {
				themes.add(without(theme, answerId));
			}
			else if (theme.key().equals(toKey)) {
				themes.add(with(theme, answerId));
			}
			else {
				themes.add(theme);
			}
		}
		List<String> others = new ArrayList<>(board.otherIds());
		others.remove(answerId);
		if (toKey == null) {
			others.add(answerId);
		}
		return new ThemeBoard(themes, others);
	}

	/** A new curated theme of the answers a search found; they leave the themes they were in. */
	public ThemeBoard createFromSearch(ThemeBoard board, String label, String query, String language,
			List<String> answerIds) {
		String key = this.newKey.get();
		var created = new CuratedTheme(key, label, language, true, true, false, CuratedTheme.Origin.SEARCH, query,
				List.of(), Set.of(), Set.of(), List.of());
		List<CuratedTheme> themes = new ArrayList<>(board.themes());
		themes.add(created);
		ThemeBoard result = new ThemeBoard(themes, board.otherIds());
		for (String id : answerIds) {
			result = move(result, id, key);
		}
		return result;
	}

	/**
	 * The board after the answers changed: {@code answers} are all current answers of the question (hidden ones
	 * left out). Curated themes stay as staff left them, minus answers that are gone; new answers join them
	 * where they fit; the rest are clustered into new suggestions ({@code themeCount} as staff asked, or empty).
	 */
	public ThemeBoard recompute(ThemeBoard board, List<ThemeDocument> answers, OptionalInt themeCount,
			Set<String> stopwords) {
		Map<String, ThemeDocument> byId = new HashMap<>();
		answers.forEach(a -> byId.put(a.id(), a));
		List<CuratedTheme> curated = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		for (CuratedTheme theme : board.themes()) {
			if (theme.curated()) {
				List<String> kept = theme.answerIds().stream().filter(byId::containsKey).toList();
				curated.add(theme.recomputedAnswers(kept));
				placed.addAll(kept);
			}
		}
		List<ThemeDocument> rest = answers.stream().filter(a -> !placed.contains(a.id())).toList();
		rest = assignToCurated(curated, rest, byId, stopwords);
		Themes computed = this.clustering.cluster(new ThemeRequest(rest, themeCount, stopwords));
		List<CuratedTheme> themes = new ArrayList<>(curated);
		for (Theme theme : computed.themes()) {
			themes.add(CuratedTheme.suggested(continuedKey(board, theme), theme));
		}
		return new ThemeBoard(themes, computed.otherIds());
	}

	/** Places answers into curated themes where similar enough; returns those left over. */
	private List<ThemeDocument> assignToCurated(List<CuratedTheme> curated, List<ThemeDocument> candidates,
			Map<String, ThemeDocument> byId, Set<String> stopwords) {
		Map<String, List<ThemeDocument>> members = new HashMap<>();
		for (CuratedTheme theme : curated) {
			List<ThemeDocument> documents = theme.answerIds().stream().map(byId::get).toList();
			if (!documents.isEmpty()) {
				members.put(theme.key(), documents);
			}
		}
		if (members.isEmpty()) {
			return candidates;
		}
		ThemeModel model = this.clustering.model(members, stopwords);
		Map<String, List<String>> joined = new HashMap<>();
		List<ThemeDocument> left = new ArrayList<>();
		for (ThemeDocument candidate : candidates) {
			var key = model.assign(candidate)
				.filter(k -> curated.stream().noneMatch(t -> t.key().equals(k) && t.excludedIds().contains(candidate.id())));
			key.ifPresentOrElse(k -> joined.computeIfAbsent(k, x -> new ArrayList<>()).add(candidate.id()),
					() -> left.add(candidate));
		}
		curated.replaceAll(theme -> {
			List<String> ids = new ArrayList<>(theme.answerIds());
			ids.addAll(joined.getOrDefault(theme.key(), List.of()));
			return theme.recomputedAnswers(ids);
		});
		return left;
	}

	/** The key of the old suggestion most of whose answers this theme continues (over half), else a new key. */
	private String continuedKey(ThemeBoard board, Theme theme) {
		Set<String> members = new HashSet<>(theme.documentIds());
		for (CuratedTheme old : board.themes()) {
			if (old.curated() || old.answerIds().isEmpty()) {
				continue;
			}
			long shared = old.answerIds().stream().filter(members::contains).count();
			if (shared * 2 > old.size() && shared * 2 > members.size()) {
				return old.key();
			}
		}
		return this.newKey.get();
	}

	private static CuratedTheme theme(ThemeBoard board, String key) {
		return board.theme(key).orElseThrow(() -> new IllegalArgumentException("No theme " + key));
	}

	private static ThemeBoard replace(ThemeBoard board, String key, CuratedTheme replacement) {
		List<CuratedTheme> themes = new ArrayList<>(board.themes());
		themes.replaceAll(t -> t.key().equals(key) ? replacement : t);
		return new ThemeBoard(themes, board.otherIds());
	}

	private static CuratedTheme without(CuratedTheme theme, String answerId) {
		List<String> ids = new ArrayList<>(theme.answerIds());
		ids.remove(answerId);
		Set<String> staff = new HashSet<>(theme.staffAnswerIds());
		staff.remove(answerId);
		Set<String> excluded = new HashSet<>(theme.excludedIds());
		excluded.add(answerId);
		return theme.withAnswers(ids, staff, excluded);
	}

	private static CuratedTheme with(CuratedTheme theme, String answerId) {
		List<String> ids = new ArrayList<>(theme.answerIds());
		if (!ids.contains(answerId)) {
			ids.add(answerId);
		}
		Set<String> staff = new HashSet<>(theme.staffAnswerIds());
		staff.add(answerId);
		Set<String> excluded = new HashSet<>(theme.excludedIds());
		excluded.remove(answerId);
		return theme.withAnswers(ids, staff, excluded);
	}

}
