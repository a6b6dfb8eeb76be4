package de.mitreden.links;

import java.util.Optional;

import de.mitreden.telegram.BotIdentity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The addresses of a link: the Telegram deep link (only while a bot is connected and its username is
 * known), the web chat link and the community's page.
 */
@Component
class LinkAddresses {

	private final ObjectProvider<BotIdentity> bot;

	private final String configuredUsername;

	private final String publicUrl;

	LinkAddresses(ObjectProvider<BotIdentity> bot, @Value("${mitreden.telegram.bot-username:}") String configuredUsername,
			@Value("${mitreden.telegram.bot-token:}") String botToken,
			@Value("${mitreden.web.public-url:http://localhost:8080}") String publicUrl) {
		this.bot = bot;
		this.configuredUsername = (botToken == null || botToken.isBlank()) ? "" : configuredUsername.strip();
		this.publicUrl = stripSlash(publicUrl.strip());
	}

	/** {@code https://t.me/<bot>?start=<code>}, or empty while no Telegram bot is connected. */
	Optional<String> telegram(Link link) {
		return botUsername().map((username) -> "https://t.me/" + username + "?start=" + link.code());
	}

	String web(Link link) {
		return this.publicUrl + "/chat?c=" + link.code();
	}

	String multiplierPage(Link link) {
		return this.publicUrl + "/m/" + link.secret();
	}

	/** The link a flyer's QR code opens: Telegram if connected, else the web chat. */
	String preferred(Link link) {
		return telegram(link).orElseGet(() -> web(link));
	}

	/**
	 * The address a QR code opens: {@code target} "telegram", "web", or null for the default (Telegram,
	 * else the web chat).
	 */
	String qrTarget(Link link, String target) {
		if (target == null || target.isBlank()) {
			return preferred(link);
		}
		return switch (target.strip()) {
			case "web" -> web(link);
			case "telegram" -> telegram(link).orElseThrow(
					() -> new LinkProblem(LinkProblem.Kind.INVALID, "target: no Telegram bot is connected; use target=web"));
			default -> throw new LinkProblem(LinkProblem.Kind.INVALID, "target: telegram or web, not '" + target + "'");
		};
	}

	/** A download name that says which link and which address, e.g. mitreden-Ab3dE_9xYz-telegram.png. */
	String qrFileName(Link link, String target, String extension) {
		boolean web = "web".equals(target) || telegram(link).isEmpty();
		return "mitreden-" + link.code() + "-" + (web ? "web" : "telegram") + "." + extension;
	}

	private Optional<String> botUsername() {
		BotIdentity identity = this.bot.getIfAvailable();
		Optional<String> known = (identity != null) ? identity.username() : Optional.empty();
		return known.or(() -> Optional.of(this.configuredUsername).filter((name) -> !name.isEmpty()));
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
