package de.mitreden.telegram;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.mitreden.conversation.Conversations;
import de.mitreden.conversation.Incoming;
import de.mitreden.dialogue.DialogueEngine;
import de.mitreden.dialogue.Reply;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes a batch of updates in, inside the caller's transaction: each new update id is recorded
 * together with the replies the dialogue gave; an id seen before is not run again (its stored
 * replies are sent again if they had not gone out).
 */
final class BatchIntake {

	static final String GROUP_CHAT_TEXT = "errors.group-chat";

	private final UpdateTranslator translator = new UpdateTranslator();

	private final UpdateLog updateLog;

	private final ReplyCodec codec;

	private final Conversations conversations;

	private final GroupNotices groupNotices;

	private final BotIdentity identity;

	private final Clock clock;

	BatchIntake(UpdateLog updateLog, ReplyCodec codec, Conversations conversations, GroupNotices groupNotices,
			BotIdentity identity, Clock clock) {
		this.updateLog = updateLog;
		this.codec = codec;
		this.conversations = conversations;
		this.groupNotices = groupNotices;
		this.identity = identity;
		this.clock = clock;
	}

	/** Must run in a transaction; nothing is sent here. */
	List<Delivery> takeIn(List<Update> updates) {
		Set<Integer> seen = new HashSet<>();
		Set<Long> groupsToldNow = new HashSet<>();
		List<Delivery> deliveries = new ArrayList<>();
		for (Update update : updates) {
			if (seen.add(update.getUpdateId())) {
				deliveries.add(takeIn(update, groupsToldNow));
			}
		}
		return deliveries;
	}

	/** Records an update that could not be handled, so that a redelivery skips it too. */
	Delivery skip(Update update) {
		Inbound inbound = this.translator.translate(update);
		if (this.updateLog.find(update.getUpdateId()).isEmpty()) {
			this.updateLog.insert(update.getUpdateId(), LocalDate.now(this.clock), this.codec.write(List.of()));
		}
		return new Delivery(update.getUpdateId(), null, inbound.callbackQueryId(), null, List.of(), false);
	}

	private Delivery takeIn(Update update, Set<Long> groupsToldNow) {
		int updateId = update.getUpdateId();
		Inbound inbound = this.translator.translate(update);
		Optional<UpdateLog.Taken> taken = this.updateLog.find(updateId);
		if (taken.isPresent()) {
			return again(updateId, inbound, taken.get());
		}
		List<Reply> replies = reply(inbound, groupsToldNow);
		this.updateLog.insert(updateId, LocalDate.now(this.clock), this.codec.write(replies));
		return delivery(updateId, inbound, replies);
	}

	/** A redelivered update: the dialogue already ran; only unsent replies go out (again). */
	private Delivery again(int updateId, Inbound inbound, UpdateLog.Taken taken) {
		if (taken.sent()) {
			return new Delivery(updateId, null, null, null, List.of(), false);
		}
		return delivery(updateId, inbound, this.codec.read(taken.repliesJson()));
	}

	private static Delivery delivery(int updateId, Inbound inbound, List<Reply> replies) {
		boolean groupNotice = inbound.action() instanceof Inbound.TellGroup && !replies.isEmpty();
		return new Delivery(updateId, inbound.chatId(), inbound.callbackQueryId(), inbound.pressedMessageId(),
				replies, groupNotice);
	}

	private List<Reply> reply(Inbound inbound, Set<Long> groupsToldNow) {
		if (inbound.action() instanceof Inbound.Talk talk) {
			return this.conversations.handle(new Incoming(talk.participant(), talk.input(), talk.clientLanguage(),
					this.identity.shareLink()));
		}
		if (inbound.action() instanceof Inbound.TellGroup group && inbound.chatId() != null
				&& !this.groupNotices.alreadyTold(inbound.chatId()) && groupsToldNow.add(inbound.chatId())) {
			return List.of(groupChatNotice(group.clientLanguage()));
		}
		return List.of();
	}

	private Reply groupChatNotice(String clientLanguage) {
		DialogueEngine engine = this.conversations.engine();
		String language = engine.resolveLanguage(clientLanguage);
		String text = engine.text(language, GROUP_CHAT_TEXT, Map.of("link", this.identity.shareLink()));
		return new Reply(text, List.of(), false, engine.isRightToLeft(language), language);
	}

}
