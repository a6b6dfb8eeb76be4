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
 * {@link de.mitreden.answers.ParticipantStore}; for the staff admin web {@link de.mitreden.answers.AnswerQueries}
 * (figures, pages of answers, a streaming walk for reports), {@link de.mitreden.answers.AnswerModeration}
 * (hide and show an answer; hidden answers leave exports, reports and themes but are kept) and
 * {@link de.mitreden.answers.AnswerImport} (contributions gathered elsewhere, all or nothing); for readers
 * of the answers (search, themes) {@link de.mitreden.answers.StoredAnswers}, {@link de.mitreden.answers.StoredAnswer},
 * {@link de.mitreden.answers.AnswerTotals} and the event {@link de.mitreden.answers.AnswersChanged},
 * published after every change of answers (a dialogue step, hiding, showing, an import).
 * Everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Answers")
package de.mitreden.answers;
