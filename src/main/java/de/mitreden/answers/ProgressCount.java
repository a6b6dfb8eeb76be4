package de.mitreden.answers;

/**
 * How far the participants (who consented) of one dialogue got, per language and channel: the funnel of
 * the dashboard and the participation of the overview are read from these.
 *
 * @param language the participant's language code
 * @param channel the channel they came from
 * @param passed how many questions they have behind them (answered, or skipped where that is allowed), 0
 * to the number of questions; the number of questions means they reached the thanks
 * @param participants how many participants share language, channel and {@code passed}
 */
public record ProgressCount(String language, String channel, int passed, long participants) {
}
