package de.mitreden.answers;

import de.mitreden.dialogue.ConversationState;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversation state as JSON text in the participant row. An own mapper, so that the stored format
 * does not change with the web layer's Jackson settings. Unknown fields are ignored and missing ones
 * take their defaults, so the engine can add fields without a migration.
 */
final class StateJson {

	private static final JsonMapper mapper = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
		.build();

	private StateJson() {
	}

	static String write(ConversationState state) {
		return mapper.writeValueAsString(state);
	}

	static ConversationState read(String json) {
		return mapper.readValue(json, ConversationState.class);
	}

}
