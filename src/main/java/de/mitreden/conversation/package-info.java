/**
 * The application service of the citizen dialogue: takes one input of one participant from a
 * transport (Telegram, web chat), runs the dialogue engine and stores the result in one transaction,
 * and wires the engine from the bundled {@code bot/} files or an override directory.
 * <p>
 * Public API: {@link de.mitreden.conversation.Conversations}, {@link de.mitreden.conversation.Incoming},
 * {@link de.mitreden.conversation.ParticipantRef}, {@link de.mitreden.conversation.Transport}, the
 * {@code DialogueEngine} bean, and two ports that outer modules implement:
 * {@link de.mitreden.conversation.ChannelCodes} (which multiplier codes count) and
 * {@link de.mitreden.conversation.StepObserver} (told of each step inside its transaction).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversation")
package de.mitreden.conversation;
