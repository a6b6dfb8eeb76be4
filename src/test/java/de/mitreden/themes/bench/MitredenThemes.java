package de.mitreden.themes.bench;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * mitreden's own themes (de.mitreden.themes.ThemeClustering) as the benchmark sees them.
 * <p>
 * Placeholder: ThemeClustering has not landed on main yet, so the benchmark reports the peers only
 * and says so. Replaced by the adapter once the API of docs/API contracts is on main.
 */
final class MitredenThemes {

	static final String NOT_AVAILABLE = "mitreden's ThemeClustering (de.mitreden.themes) is not on main yet: "
			+ "only the peers were measured.";

	private MitredenThemes() {
	}

	/** mitreden's themes, or empty while they are not built. */
	static Optional<MitredenThemes> create() {
		return Optional.empty();
	}

	/** Clusters the texts (German, with the Raddialog's city name as an extra stop word). */
	Clustered cluster(List<String> texts, OptionalInt themeCount) {
		throw new UnsupportedOperationException(NOT_AVAILABLE);
	}

	/** A clustering and, built on demand, the model that assigns one new answer to its themes. */
	record Clustered(Partition partition, Supplier<Function<String, Optional<String>>> model) {
	}

}
