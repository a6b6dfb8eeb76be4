/**
 * The citizens' web chat: the page at {@code /chat} and its JSON API at {@code /chat/api/messages}.
 * <p>
 * A thin transport like Telegram: it turns a browser's request into an
 * {@link de.mitreden.dialogue.Input} for {@link de.mitreden.conversation.Conversations} and the
 * replies into JSON. A participant is a random id the browser keeps in {@code localStorage}; the
 * chat never uses cookies, sessions or the IP address, and never logs what people write.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web chat")
package de.mitreden.webchat;
