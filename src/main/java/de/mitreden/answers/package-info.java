/**
 * Storage of the citizen dialogue: who is where in the dialogue (conversation state) and what they
 * answered, kept anonymous by design.
 * <p>
 * A participant is known only by a keyed hash of the transport's id ({@link de.mitreden.answers.ParticipantKeys});
 * their answers carry a random respondent number unrelated to that hash; dates are days. Nothing is
 * stored before the participant consents. Staff export the answers as CSV or JSON under
 * {@code /api/answers.*}.
 * <p>
 * Public API: {@link de.mitreden.answers.ParticipantKeys}, {@link de.mitreden.answers.ParticipantKey},
 * {@link de.mitreden.answers.ParticipantStore}. Everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Answers")
package de.mitreden.answers;
