package de.mitreden.answers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SQL condition and parameters for an {@link AnswerFilter}; user input only ever goes into parameters. */
record AnswerWhere(String sql, Map<String, Object> parameters) {

	static AnswerWhere of(AnswerFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new HashMap<>();
		add(conditions, parameters, "a.dialogue_id = :dialogue", "dialogue", filter.dialogue());
		add(conditions, parameters, "a.question_id = :question", "question", filter.question());
		add(conditions, parameters, "a.language = :language", "language", blankToNull(filter.language()));
		add(conditions, parameters, "a.channel = :channel", "channel", blankToNull(filter.channel()));
		add(conditions, parameters, "a.answered_on >= :from", "from", filter.from());
		add(conditions, parameters, "a.answered_on <= :to", "to", filter.to());
		if (!filter.includeHidden()) {
			conditions.add("a.hidden = false");
		}
		for (int i = 0; i < filter.sameRespondent().size(); i++) {
			conditions.add("exists (select 1 from answer o" + i + " where o" + i + ".respondent = a.respondent"
					+ " and o" + i + ".dialogue_id = a.dialogue_id and o" + i + ".question_id = :otherQuestion" + i
					+ " and o" + i + ".answer_value = :otherValue" + i + " and o" + i + ".hidden = false)");
			parameters.put("otherQuestion" + i, filter.sameRespondent().get(i).question());
			parameters.put("otherValue" + i, filter.sameRespondent().get(i).value());
		}
		if (filter.ids() != null) {
			conditions.add(filter.ids().isEmpty() ? "1 = 0" : "a.id in (:ids)");
			parameters.put("ids", filter.ids());
		}
		return new AnswerWhere(String.join(" and ", conditions), parameters);
	}

	private static void add(List<String> conditions, Map<String, Object> parameters, String condition, String name,
			Object value) {
		if (value != null) {
			conditions.add(condition);
			parameters.put(name, value);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
