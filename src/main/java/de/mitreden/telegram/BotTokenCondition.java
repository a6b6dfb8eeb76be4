package de.mitreden.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The Telegram bot runs only when a bot token is configured. */
final class BotTokenCondition implements Condition {

	static final String TOKEN_PROPERTY = "mitreden.telegram.bot-token";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty(TOKEN_PROPERTY));
	}

	/** The opposite: no token, no bot. */
	static final class Missing implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty(TOKEN_PROPERTY));
		}

	}

}
