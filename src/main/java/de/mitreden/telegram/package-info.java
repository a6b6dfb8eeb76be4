/**
 * Telegram transport: takes updates from Telegram's Bot API by long polling, turns each one into a
 * transport-neutral {@link de.mitreden.dialogue.Input} for
 * {@link de.mitreden.conversation.Conversations}, and sends the replies back as Telegram messages.
 * <p>
 * A batch of updates is stored (keyed by {@code update_id}) and committed together with the
 * dialogue's changes before the replies go out and before the next poll confirms the batch at
 * Telegram, so an update Telegram counts as delivered is never lost and never applied twice.
 * Nothing here stores or logs a chat id, user id, name, username or message text.
 */
package de.mitreden.telegram;
