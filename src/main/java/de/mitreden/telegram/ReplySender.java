package de.mitreden.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import de.mitreden.dialogue.Button;
import de.mitreden.dialogue.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Sends the replies of a committed batch: chats in parallel, the messages of one chat in order.
 * Returns the updates whose replies are done with (sent, or given up for good), so they can be
 * marked sent; an update whose replies ran out of time stays unsent.
 */
final class ReplySender {

	private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

	private final TelegramCalls calls;

	private final ExecutorService pool;

	ReplySender(TelegramCalls calls, ExecutorService pool) {
		this.calls = calls;
		this.pool = pool;
	}

	List<Integer> deliver(List<Delivery> deliveries, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<Future<List<Integer>>> chats = new ArrayList<>();
		for (List<Delivery> chat : byChat(deliveries).values()) {
			chats.add(this.pool.submit(() -> deliverInOrder(chat, deadline)));
		}
		List<Integer> done = new ArrayList<>();
		for (Future<List<Integer>> chat : chats) {
			done.addAll(await(chat, deadline));
		}
		return done;
	}

	private static Map<Long, List<Delivery>> byChat(List<Delivery> deliveries) {
		Map<Long, List<Delivery>> byChat = new LinkedHashMap<>();
		for (Delivery delivery : deliveries) {
			byChat.computeIfAbsent(delivery.chatId(), chat -> new ArrayList<>()).add(delivery);
		}
		return byChat;
	}

	private static List<Integer> await(Future<List<Integer>> chat, long deadline) throws InterruptedException {
		try {
			return chat.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			chat.cancel(true);
			log.warn("Telegram: replies to one chat did not go out in time; they stay marked unsent");
			return List.of();
		}
		catch (ExecutionException ex) {
			log.error("Telegram: sending replies to one chat failed ({})", ex.getCause().getClass().getSimpleName());
			return List.of();
		}
	}

	private List<Integer> deliverInOrder(List<Delivery> chat, long deadline) throws InterruptedException {
		List<Integer> done = new ArrayList<>();
		boolean blocked = false;
		for (Delivery delivery : chat) {
			acknowledgePress(delivery, deadline);
			if (!blocked && delivery.hasChat()) {
				blocked = !sendAll(delivery, deadline);
			}
			done.add(delivery.updateId());
		}
		return done;
	}

	/** Always answer a button press: otherwise the person's app shows a spinner for a while. */
	private void acknowledgePress(Delivery delivery, long deadline) throws InterruptedException {
		if (delivery.callbackQueryId() == null) {
			return;
		}
		try {
			this.calls.send(new AnswerCallbackQuery(delivery.callbackQueryId()), deadline);
		}
		catch (TelegramCalls.CallFailed ex) {
			// An old press (after a restart) cannot be answered any more; nothing is lost.
			log.debug("Telegram: {}", ex.getMessage());
		}
	}

	/** Sends the replies of one update; false if the person blocked the bot. */
	private boolean sendAll(Delivery delivery, long deadline) throws InterruptedException {
		for (Reply reply : delivery.replies()) {
			try {
				send(delivery, reply, deadline);
			}
			catch (TelegramCalls.CallFailed ex) {
				if (ex.blocked()) {
					return false;
				}
				ex.log();
			}
		}
		return true;
	}

	private void send(Delivery delivery, Reply reply, long deadline)
			throws TelegramCalls.CallFailed, InterruptedException {
		if (reply.replacesPressedMessage() && delivery.pressedMessageId() != null) {
			try {
				this.calls.send(edit(delivery, reply), deadline);
				return;
			}
			catch (TelegramCalls.CallFailed ex) {
				if (ex.notModified()) {
					return;
				}
				if (ex.blocked()) {
					throw ex;
				}
				// The pressed message cannot be changed (too old, deleted): send it as a new one.
			}
		}
		this.calls.send(message(delivery.chatId(), reply), deadline);
	}

	private static SendMessage message(long chatId, Reply reply) {
		return SendMessage.builder().chatId(chatId).text(reply.text()).replyMarkup(keyboard(reply)).build();
	}

	private static EditMessageText edit(Delivery delivery, Reply reply) {
		return EditMessageText.builder()
			.chatId(delivery.chatId())
			.messageId(delivery.pressedMessageId())
			.text(reply.text())
			.replyMarkup(keyboard(reply))
			.build();
	}

	private static InlineKeyboardMarkup keyboard(Reply reply) {
		if (reply.buttons().isEmpty()) {
			return null;
		}
		List<InlineKeyboardRow> rows = reply.buttons().stream().map(ReplySender::row).toList();
		return new InlineKeyboardMarkup(rows);
	}

	private static InlineKeyboardRow row(List<Button> buttons) {
		return new InlineKeyboardRow(buttons.stream()
			.map(button -> InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build())
			.toList());
	}

}
