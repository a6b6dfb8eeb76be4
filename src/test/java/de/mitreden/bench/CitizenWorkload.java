package de.mitreden.bench;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import de.mitreden.conversation.Conversations;
import de.mitreden.conversation.Incoming;
import de.mitreden.conversation.ParticipantRef;
import de.mitreden.conversation.Transport;
import de.mitreden.dialogue.Button;
import de.mitreden.dialogue.Input;
import de.mitreden.dialogue.Reply;

/**
 * Simulated citizens answering the bundled dialogue through {@link Conversations}: the engine and
 * the real database. Each worker plays one citizen after another; one {@code step()} is one input
 * and so one dialogue step. Citizens read the buttons they are shown, like a person: they agree,
 * write answers (sometimes a second thought), tap a rating, tick fields and finish the profile.
 */
final class CitizenWorkload implements Workload {

	static final String SHARE_LINK = "https://t.me/mitreden_bench_bot";

	private static final String LANGUAGE = "de";

	/** A citizen who needs more steps than this is stuck: the benchmark fails rather than loop. */
	private static final int MAX_STEPS_PER_CITIZEN = 60;

	private static final List<String> THOUGHTS = List.of(
			"Im Sportverein spielen Kinder aus vielen Ländern zusammen Fußball.",
			"Beim Stadtfest am Südstrand feiern alle zusammen.",
			"Auf dem Amt versteht man mich oft nicht, es gibt keine Hilfe in meiner Sprache.",
			"Eine Wohnung zu finden ist mit ausländischem Namen sehr schwer.",
			"In der Bibliothek gibt es Bücher in vielen Sprachen und ein Sprachcafé.");

	private final Conversations conversations;

	private final Labels labels;

	CitizenWorkload(Conversations conversations) {
		this.conversations = conversations;
		this.labels = new Labels(conversations.engine(), LANGUAGE);
	}

	@Override
	public Worker newWorker() {
		return new Citizen(new Random());
	}

	/** One simulated person at a time; when they finish, the next one starts. */
	private final class Citizen implements Worker {

		private final Random random;

		private ParticipantRef participant;

		private List<Reply> lastReplies = List.of();

		private int steps;

		private int thoughts;

		private int ticks;

		Citizen(Random random) {
			this.random = random;
			startNextCitizen();
		}

		@Override
		public void step() {
			Input input = nextInput();
			this.lastReplies = CitizenWorkload.this.conversations
				.handle(new Incoming(this.participant, input, LANGUAGE, SHARE_LINK));
			if (++this.steps > MAX_STEPS_PER_CITIZEN) {
				throw new IllegalStateException("a simulated citizen is stuck; last replies: " + this.lastReplies);
			}
		}

		private Input nextInput() {
			if (this.steps == 0) {
				return new Input.Command("start", "bench");
			}
			if (finished()) {
				startNextCitizen();
				return new Input.Command("start", "bench");
			}
			List<Button> buttons = promptButtons();
			return buttons.isEmpty() ? writeThought() : press(buttons);
		}

		private Input press(List<Button> buttons) {
			Labels labels = CitizenWorkload.this.labels;
			if (labels.has(buttons, labels.consent)) {
				return labels.press(buttons, labels.consent);
			}
			if (labels.has(buttons, labels.nextQuestion)) {
				return secondThought(buttons);
			}
			if (labels.has(buttons, labels.done)) {
				return tickOrFinish(buttons);
			}
			List<Button> answers = labels.answerButtons(buttons);
			if (answers.isEmpty()) {
				return writeThought();
			}
			if (labels.has(buttons, labels.skip) && this.random.nextInt(100) < 15) {
				return labels.press(buttons, labels.skip);
			}
			return pressAny(answers);
		}

		private Input secondThought(List<Button> buttons) {
			Labels labels = CitizenWorkload.this.labels;
			if (this.thoughts < 2 && this.random.nextInt(100) < 30) {
				return labels.press(buttons, labels.addAnother);
			}
			this.thoughts = 0;
			return labels.press(buttons, labels.nextQuestion);
		}

		private Input tickOrFinish(List<Button> buttons) {
			Labels labels = CitizenWorkload.this.labels;
			if (this.ticks < 2) {
				this.ticks++;
				return pressAny(labels.answerButtons(buttons));
			}
			this.ticks = 0;
			return labels.press(buttons, labels.done);
		}

		private Input writeThought() {
			this.thoughts++;
			return new Input.Text(THOUGHTS.get(this.random.nextInt(THOUGHTS.size())));
		}

		private Input pressAny(List<Button> buttons) {
			return new Input.Press(buttons.get(this.random.nextInt(buttons.size())).data());
		}

		/** The buttons of the last message that has any: the current prompt. */
		private List<Button> promptButtons() {
			for (int i = this.lastReplies.size() - 1; i >= 0; i--) {
				List<List<Button>> rows = this.lastReplies.get(i).buttons();
				if (!rows.isEmpty()) {
					return rows.stream().flatMap(List::stream).toList();
				}
			}
			return List.of();
		}

		private boolean finished() {
			return this.lastReplies.stream().anyMatch((reply) -> reply.text().contains(SHARE_LINK));
		}

		private void startNextCitizen() {
			this.participant = new ParticipantRef(Transport.TELEGRAM, UUID.randomUUID().toString());
			this.steps = 0;
			this.thoughts = 0;
			this.ticks = 0;
		}

	}

}
