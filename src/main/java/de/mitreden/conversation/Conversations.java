package de.mitreden.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import de.mitreden.answers.ParticipantKey;
import de.mitreden.answers.ParticipantKeys;
import de.mitreden.answers.ParticipantStore;
import de.mitreden.dialogue.ConversationState;
import de.mitreden.dialogue.DialogueEngine;
import de.mitreden.dialogue.Reply;
import de.mitreden.dialogue.Step;
import de.mitreden.dialogue.StepContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one input of one participant, runs the dialogue engine and stores the new state and the
 * answer changes in one transaction, before the transport sends the replies. Steps of the same
 * participant run one after the other.
 * <p>
 * If the caller has a transaction (the Telegram transport stores a whole batch of updates in one),
 * the step joins it: everything commits or rolls back with it, and the participant stays locked
 * until then.
 * <p>
 * A multiplier code in {@code /start <code>} counts only if a {@link ChannelCodes} port knows it;
 * {@link StepObserver}s are told of every step inside its transaction (the links module counts
 * starts, consents, completions and answers per channel that way).
 */
@Service
public class Conversations {

	private final DialogueEngine engine;

	private final ParticipantKeys keys;

	private final ParticipantStore store;

	private final ParticipantLocks locks;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Arrivals arrivals;

	private final List<StepObserver> observers;

	Conversations(DialogueEngine engine, ParticipantKeys keys, ParticipantStore store, ParticipantLocks locks,
			PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock,
			ObjectProvider<ChannelCodes> channelCodes, ObjectProvider<StepObserver> observers) {
		this.engine = engine;
		this.keys = keys;
		this.store = store;
		this.locks = locks;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
		this.arrivals = new Arrivals(channelCodes.orderedStream().toList());
		this.observers = observers.orderedStream().toList();
	}

	/** Runs one step and returns the replies to send; state and answers are stored when it returns. */
	public List<Reply> handle(Incoming incoming) {
		ParticipantKey key = keyOf(incoming.participant());
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			this.locks.lockUntilCompletion(key);
			return step(key, incoming);
		}
		ReentrantLock lock = this.locks.lock(key);
		try {
			return this.transactions.execute((status) -> step(key, incoming));
		}
		finally {
			lock.unlock();
		}
	}

	/** The dialogue engine, for texts, languages and the command menu. */
	public DialogueEngine engine() {
		return this.engine;
	}

	private List<Reply> step(ParticipantKey key, Incoming incoming) {
		LocalDate today = LocalDate.now(this.clock);
		ConversationState before = this.store.load(key)
			.orElseGet(() -> ConversationState.fresh(incoming.participant().transport().defaultChannel()));
		Arrivals.Arrival arrival = this.arrivals.arrive(before, incoming);
		StepContext context = new StepContext(today, arrival.clientLanguage(), incoming.shareLink());
		Step step = this.engine.handle(arrival.state(), arrival.input(), context);
		this.store.save(key, step.state(), step.changes(), today);
		this.observers.forEach((observer) -> observer.stepTaken(before, step, today));
		return step.replies();
	}

	private ParticipantKey keyOf(ParticipantRef participant) {
		return this.keys.keyOf(participant.transport().keyPrefix(), participant.externalId());
	}

}
