package de.mitreden.links;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import de.mitreden.conversation.ChannelCodes;

import org.springframework.stereotype.Component;

/**
 * The links behind multiplier codes, for the dialogue: a code counts only while its link is active.
 * Active links are cached (a popular flyer brings the same code again and again); deactivating a link
 * forgets its entry at once. Unknown codes are not cached: they are rare (an old flyer), a primary key
 * lookup is cheap, and a link made a moment ago must count at once.
 */
@Component
class LinkCodes implements ChannelCodes {

	/** Well-formed codes only reach the database; anything else is no code at all. */
	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final LoadingCache<String, ChannelCode> cache;

	LinkCodes(LinkRepository links) {
		this.cache = Caffeine.newBuilder()
			.maximumSize(10_000)
			.expireAfterWrite(Duration.ofMinutes(10))
			.build((code) -> links.byCode(code).filter(Link::active).map(LinkCodes::channelCode).orElse(null));
	}

	@Override
	public Optional<ChannelCode> find(String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.cache.get(code));
	}

	void forget(String code) {
		this.cache.invalidate(code);
	}

	private static ChannelCode channelCode(Link link) {
		return new ChannelCode(link.code(), link.dialogueId(), link.language());
	}

}
