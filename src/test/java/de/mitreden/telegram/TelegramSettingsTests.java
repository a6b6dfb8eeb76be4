package de.mitreden.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telegram.telegrambots.meta.TelegramUrl;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The bot's settings: where the Bot API server is, and what happens without a token. */
@ExtendWith(OutputCaptureExtension.class)
class TelegramSettingsTests {

	private final ApplicationContextRunner settings = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(SettingsOnly.class)
		.withPropertyValues("mitreden.telegram.api-url=https://api.telegram.org");

	@Test
	void theOfficialServerIsHttpsOnPort443() {
		this.settings.run(context -> assertThat(context.getBean(TelegramSettings.class).telegramUrl())
			.isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false)));
	}

	@Test
	void aSelfHostedOrFakeServerKeepsItsSchemeHostAndPort() {
		this.settings.withPropertyValues("mitreden.telegram.api-url=http://127.0.0.1:8081")
			.run(context -> assertThat(context.getBean(TelegramSettings.class).telegramUrl())
				.isEqualTo(new TelegramUrl("http", "127.0.0.1", 8081, false)));
	}

	@Test
	void anApiUrlWithAPathIsRefusedAtStart() {
		this.settings.withPropertyValues("mitreden.telegram.api-url=https://example.org/telegram")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("api-url must be scheme, host and optional port"));
	}

	@Test
	void aUsernameWithAtIsRefusedAtStart() {
		this.settings.withPropertyValues("mitreden.telegram.bot-username=@mitreden_bot")
			.run(context -> assertThat(context).hasFailed());
	}

	@Test
	void theTokenNeverAppearsInTheSettingsText() {
		this.settings.withPropertyValues("mitreden.telegram.bot-token=123:secret-token")
			.run(context -> assertThat(context.getBean(TelegramSettings.class).toString()).doesNotContain("secret")
				.contains("<set>"));
	}

	@Test
	void withoutATokenThereIsNoBotAndOneLogLineSaysHowToConnectOne(CapturedOutput log) {
		new ApplicationContextRunner().withUserConfiguration(TelegramOffNotice.class).run(context -> {
			assertThat(context).hasSingleBean(TelegramOffNotice.class);
			context.getBean(TelegramOffNotice.class).onApplicationEvent(null);
		});
		assertThat(log.getAll()).containsOnlyOnce("Telegram bot is off").contains("TELEGRAM_BOT_TOKEN", "README");
	}

	@Test
	void withATokenTheNoticeIsNotThere() {
		new ApplicationContextRunner().withUserConfiguration(TelegramOffNotice.class)
			.withPropertyValues("mitreden.telegram.bot-token=123:abc")
			.run(context -> assertThat(context).doesNotHaveBean(TelegramOffNotice.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TelegramSettings.class)
	static class SettingsOnly {

	}

}
