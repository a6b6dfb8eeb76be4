package de.mitreden.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Without a bot token: one line in the log that says how to connect Telegram. */
@Component
@Conditional(BotTokenCondition.Missing.class)
class TelegramOffNotice implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(TelegramOffNotice.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		log.info("Telegram bot is off: no bot token. To connect one, set TELEGRAM_BOT_TOKEN to the token from "
				+ "@BotFather and restart (README, \"Connecting a Telegram bot\"). The web chat works without it.");
	}

}
