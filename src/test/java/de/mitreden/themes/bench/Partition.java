package de.mitreden.themes.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One method's result on one corpus: for every document the index of its group in {@code labels}, or
 * {@link #OTHER} for "Sonstiges".
 */
record Partition(int[] assignment, List<String> labels) {

	static final int OTHER = -1;

	int documentCount() {
		return assignment.length;
	}

	/** Groups, not counting "Sonstiges". */
	int groupCount() {
		return (int) IntStream.range(0, labels.size()).filter(group -> size(group) > 0).count();
	}

	double otherShare() {
		return assignment.length == 0 ? 0 : (double) size(OTHER) / assignment.length;
	}

	int size(int group) {
		return (int) IntStream.of(assignment).filter(assigned -> assigned == group).count();
	}

	/** The {@code count} largest groups with their sizes, largest first. */
	List<LabelledGroup> largest(int count) {
		List<LabelledGroup> groups = new ArrayList<>();
		for (int group = 0; group < labels.size(); group++) {
			groups.add(new LabelledGroup(labels.get(group), size(group)));
		}
		groups.sort(Comparator.comparingInt(LabelledGroup::size).reversed());
		return groups.subList(0, Math.min(count, groups.size()));
	}

	record LabelledGroup(String label, int size) {
	}

}
