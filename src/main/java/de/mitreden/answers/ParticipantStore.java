package de.mitreden.answers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.mitreden.dialogue.AnswerChange;
import de.mitreden.dialogue.ConversationState;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversation state and answers of participants. Both methods run inside the caller's transaction
 * (there must be one): the caller serialises the steps of one participant and commits state and
 * answers together before the participant sees a reply.
 * <p>
 * Rules: a participant row (and with it a respondent number) exists only once the state says
 * {@code consented}; before that the state lives only in the cache. Deleting everything removes the
 * row and all answers; the state then lives in the cache only again.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ParticipantStore {

	private static final Logger log = LoggerFactory.getLogger(ParticipantStore.class);

	private final ParticipantRepository participants;

	private final AnswerRepository answers;

	private final StateCache cache;

	private final RespondentNumbers respondentNumbers;

	private final ApplicationEventPublisher events;

	ParticipantStore(ParticipantRepository participants, AnswerRepository answers, StateCache cache,
			RespondentNumbers respondentNumbers, ApplicationEventPublisher events) {
		this.participants = participants;
		this.answers = answers;
		this.cache = cache;
		this.respondentNumbers = respondentNumbers;
		this.events = events;
	}

	/** The participant's state, or empty for a participant storage does not know (yet or any more). */
	public Optional<ConversationState> load(ParticipantKey key) {
		return Optional.ofNullable(snapshot(key)).map(Snapshot::state);
	}

	/**
	 * Stores the state after a step and applies the step's answer changes, in the current transaction.
	 * @param today the date stored with new answers (day precision on purpose)
	 */
	public void save(ParticipantKey key, ConversationState state, List<AnswerChange> changes, LocalDate today) {
		Snapshot before = snapshot(key);
		Long respondent = (before != null) ? before.respondent() : null;
		Long deleted = null;
		if (changes.stream().anyMatch(AnswerChange.DeleteEverything.class::isInstance)) {
			deleted = respondent;
			respondent = deleteEverything(key, respondent);
		}
		respondent = storeState(key, before, state, respondent, today);
		for (AnswerChange change : changes) {
			storeAnswers(respondent, change, state, today);
		}
		this.cache.put(key, new Snapshot(state, respondent));
		announce(changes, deleted, respondent);
	}

	/**
	 * One event per step at most, and only when answers may have changed; listeners act after the
	 * commit, off this thread (see {@link AnswersChanged}).
	 */
	private void announce(List<AnswerChange> changes, Long deleted, Long respondent) {
		if (changes.isEmpty() || (deleted == null && respondent == null)) {
			return;
		}
		List<Long> respondents = new ArrayList<>(2);
		if (deleted != null) {
			respondents.add(deleted);
		}
		if (respondent != null && !respondent.equals(deleted)) {
			respondents.add(respondent);
		}
		this.events.publishEvent(AnswersChanged.ofRespondents(respondents));
	}

	private Snapshot snapshot(ParticipantKey key) {
		Snapshot snapshot = this.cache.get(key);
		if (snapshot == null) {
			snapshot = this.participants.findById(key.hash()).map(this::toSnapshot).orElse(null);
			if (snapshot != null) {
				this.cache.put(key, snapshot);
			}
		}
		return snapshot;
	}

	private Snapshot toSnapshot(ParticipantEntity participant) {
		return new Snapshot(StateJson.read(participant.state()), participant.respondent());
	}

	private Long deleteEverything(ParticipantKey key, Long respondent) {
		if (respondent != null) {
			this.answers.deleteAll(respondent);
			this.participants.delete(key.hash());
		}
		return null;
	}

	/** Inserts the row on consent, updates it afterwards, and skips the write if nothing changed. */
	private Long storeState(ParticipantKey key, Snapshot before, ConversationState state, Long respondent,
			LocalDate today) {
		if (respondent == null && state.consented()) {
			long number = this.respondentNumbers.next();
			this.participants.save(new ParticipantEntity(key.hash(), number, StateJson.write(state), today));
			return number;
		}
		boolean changed = before == null || !state.equals(before.state());
		if (respondent != null && changed) {
			this.participants.updateState(key.hash(), StateJson.write(state), today);
		}
		return respondent;
	}

	private void storeAnswers(Long respondent, AnswerChange change, ConversationState state, LocalDate today) {
		if (change instanceof AnswerChange.DeleteEverything) {
			return;
		}
		if (respondent == null) {
			log.warn("An answer came before consent and was not stored ({})", change.getClass().getSimpleName());
			return;
		}
		if (change instanceof AnswerChange.Add add) {
			insert(respondent, add.dialogueId(), add.questionId(), add.value(), add.language(), state, today);
		}
		else if (change instanceof AnswerChange.Replace replace) {
			this.answers.deleteAnswers(respondent, replace.dialogueId(), replace.questionId());
			for (String value : replace.values()) {
				insert(respondent, replace.dialogueId(), replace.questionId(), value, replace.language(), state, today);
			}
		}
	}

	private void insert(long respondent, String dialogueId, String questionId, String value, String language,
			ConversationState state, LocalDate today) {
		String answerLanguage = (language != null) ? language : state.language();
		this.answers.save(new AnswerEntity(dialogueId, questionId, respondent, value, answerLanguage,
				state.channel(), today));
	}

}
