/**
 * Multiplier links: a named link per community (association, mosque, youth centre, ...) with a short
 * unguessable code, its Telegram deep link and web chat link, QR codes, printable flyers, anonymous
 * counts per link and day, and a read-only page for the community at a secret address.
 * <p>
 * The code is the participant's channel only while the link exists and is active
 * ({@link de.mitreden.conversation.ChannelCodes}, implemented here); otherwise the participant counts
 * as {@code direct} (Telegram) or {@code web} and the bot works as usual. Counts are kept per dialogue,
 * channel and day ({@link de.mitreden.conversation.StepObserver}, in the step's own transaction),
 * never per participant.
 * <p>
 * Public API: {@link de.mitreden.links.Links} (create, list, deactivate), {@link de.mitreden.links.Link},
 * {@link de.mitreden.links.ChannelCounts} and {@link de.mitreden.links.Counts} (for the dashboard),
 * {@link de.mitreden.links.LinkProblem}. HTTP: {@code /api/links/**} (staff, HTTP Basic) and
 * {@code /m/<secret>} (public, numbers below 5 shown as "fewer than 5").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Multiplier links")
package de.mitreden.links;
