/*
 * mitreden web chat: sends what the participant writes or presses to /chat/api/messages and shows the
 * bot's replies. The participant is a random id kept in localStorage (no cookies, no IP address);
 * a reload continues the same conversation. Every text shown comes from the server.
 */
(() => {
	'use strict';

	const ID_KEY = 'mitreden.chat.id';
	const root = document.getElementById('chat');
	const log = document.getElementById('log');
	const form = document.getElementById('composer');
	const field = document.getElementById('message');
	const sendButton = document.getElementById('send');
	const menu = document.getElementById('menu');
	const api = root.dataset.api;
	const code = root.dataset.code || null;
	const clientLanguage = root.dataset.language || navigator.language || '';
	const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

	const storage = browserStorage();
	let busy = false;
	let page = null;

	/* ---- the participant id ---- */

	/** localStorage when the browser allows it, otherwise memory (then a reload starts afresh). */
	function browserStorage() {
		try {
			const probe = ID_KEY + '.probe';
			window.localStorage.setItem(probe, '1');
			window.localStorage.removeItem(probe);
			return {
				get: () => window.localStorage.getItem(ID_KEY),
				set: (value) => window.localStorage.setItem(ID_KEY, value),
			};
		} catch (blocked) {
			let memory = null;
			return { get: () => memory, set: (value) => { memory = value; } };
		}
	}

	/** 122 random bits. crypto.randomUUID needs https or localhost; getRandomValues works everywhere. */
	function newId() {
		if (window.crypto.randomUUID) {
			return window.crypto.randomUUID();
		}
		const bytes = window.crypto.getRandomValues(new Uint8Array(16));
		bytes[6] = (bytes[6] & 0x0f) | 0x40;
		bytes[8] = (bytes[8] & 0x3f) | 0x80;
		const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
		return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
	}

	/* ---- talking to the server ---- */

	async function post(message) {
		const response = await fetch(api, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: JSON.stringify(Object.assign({ id: storage.get(), language: clientLanguage }, message)),
			credentials: 'omit',
			cache: 'no-store',
		});
		if (!response.ok) {
			const failure = new Error('HTTP ' + response.status);
			if (response.status === 429) {
				failure.text = (await response.json().catch(() => ({}))).error;
			}
			throw failure;
		}
		return response.json();
	}

	/**
	 * Sends one input and shows the answer. `before` runs once the answer is there (e.g. to show what
	 * the participant pressed). On failure nothing is lost: `failed` puts typed text back, and the
	 * error message offers to send the same input again.
	 */
	async function exchange(message, options = {}) {
		if (busy) {
			return null;
		}
		setBusy(true);
		const typing = showTyping();
		try {
			const answer = await post(message);
			typing.remove();
			if (options.before) {
				options.before(answer);
			}
			show(answer, options);
			return answer;
		} catch (failure) {
			typing.remove();
			if (options.failed) {
				options.failed();
			}
			showError(options.retry || (() => exchange(message, options)), failure.text);
			return null;
		} finally {
			setBusy(false);
		}
	}

	function setBusy(value) {
		busy = value;
		sendButton.disabled = value;
		log.setAttribute('aria-busy', String(value));
	}

	/* ---- showing messages ---- */

	function show(answer, options) {
		applyLanguage(answer);
		const fresh = [];
		answer.replies.forEach((reply) => {
			if (reply.replaces && options.pressedMessage) {
				fillBotMessage(options.pressedMessage, reply);
			} else {
				fresh.push(appendBotMessage(reply));
			}
		});
		if (fresh.length > 0) {
			retireOlderButtons(fresh[0]);
			reveal(fresh[0]);
		}
		moveFocus(fresh, options);
	}

	function appendBotMessage(reply) {
		const message = element('div', 'msg bot');
		fillBotMessage(message, reply);
		log.appendChild(message);
		return message;
	}

	function fillBotMessage(message, reply) {
		message.replaceChildren();
		const bubble = element('div', 'bubble');
		bubble.lang = reply.lang;
		bubble.dir = reply.dir;
		bubble.appendChild(element('p', null, reply.text));
		message.appendChild(bubble);
		if (reply.buttons.length > 0) {
			message.appendChild(choices(reply));
		}
	}

	function choices(reply) {
		const group = element('div', 'choices');
		group.lang = reply.lang;
		group.dir = reply.dir;
		reply.buttons.forEach((row) => {
			const line = element('div', 'row');
			row.forEach((button) => line.appendChild(choiceButton(button)));
			group.appendChild(line);
		});
		return group;
	}

	function choiceButton(button) {
		const node = element('button', null, button.label);
		node.type = 'button';
		node.dataset.press = button.data;
		return node;
	}

	function appendUserMessage(text, pending) {
		const message = element('div', 'msg user' + (pending ? ' pending' : ''));
		const bubble = element('div', 'bubble');
		bubble.dir = 'auto';
		bubble.appendChild(element('p', null, text));
		message.appendChild(bubble);
		log.appendChild(message);
		reveal(message);
		return message;
	}

	function showTyping() {
		const message = element('div', 'msg bot typing');
		message.setAttribute('aria-hidden', 'true');
		const bubble = element('div', 'bubble');
		bubble.append(element('span'), element('span'), element('span'));
		message.appendChild(bubble);
		log.appendChild(message);
		reveal(message);
		return message;
	}

	/** Says that the message did not arrive, with a button that sends it again. */
	function showError(retry, text) {
		const message = element('div', 'msg bot error');
		const bubble = element('div', 'bubble');
		bubble.appendChild(element('p', null, '⚠️ ' + (text || (page ? page.error : root.dataset.error))));
		const again = element('button', 'retry', page ? page.retry : chat.dataset.retry);
		again.type = 'button';
		again.addEventListener('click', () => {
			message.remove();
			retry();
		});
		bubble.appendChild(again);
		message.appendChild(bubble);
		log.appendChild(message);
		reveal(message);
		again.focus({ preventScroll: true });
	}

	/** Only the newest question can be answered: earlier buttons stay visible but no longer work. */
	function retireOlderButtons(firstFresh) {
		log.querySelectorAll('.msg.bot button:not(:disabled)').forEach((button) => {
			const message = button.closest('.msg');
			if (message.compareDocumentPosition(firstFresh) & Node.DOCUMENT_POSITION_FOLLOWING) {
				button.disabled = true;
			}
		});
	}

	function reveal(message) {
		message.scrollIntoView({ block: 'nearest', behavior: reducedMotion ? 'auto' : 'smooth' });
	}

	/** After an answer: to the first button of the newest question, or back to the text field. */
	function moveFocus(fresh, options) {
		if (options.pressedMessage && fresh.length === 0) {
			const again = options.pressedMessage.querySelector(`button[data-press="${CSS.escape(options.pressedData)}"]`);
			(again || options.pressedMessage.querySelector('button:not(:disabled)') || field).focus({ preventScroll: true });
			return;
		}
		if (options.quiet) {
			return;
		}
		const last = fresh[fresh.length - 1];
		const button = last && last.querySelector('button:not(:disabled)');
		(button || field).focus({ preventScroll: true });
	}

	/* ---- language of the page ---- */

	function applyLanguage(answer) {
		document.documentElement.lang = answer.lang;
		document.documentElement.dir = answer.dir;
		page = answer.page;
		document.title = page.title;
		text('title', page.title);
		text('note', page.anonymousNote);
		text('message-label', page.inputLabel);
		field.placeholder = page.placeholder;
		sendButton.textContent = page.send;
		page.menu.forEach((entry) => {
			const button = menu.querySelector(`button[data-command="${CSS.escape(entry.command)}"]`);
			if (button) {
				button.textContent = entry.label;
			}
		});
	}

	function text(id, value) {
		document.getElementById(id).textContent = value;
	}

	function element(tag, className, content) {
		const node = document.createElement(tag);
		if (className) {
			node.className = className;
		}
		if (content !== undefined) {
			node.textContent = content;
		}
		return node;
	}

	/* ---- what the participant does ---- */

	function sendTyped(event) {
		event.preventDefault();
		const typed = field.value;
		if (busy || typed.trim() === '') {
			field.focus();
			return;
		}
		field.value = '';
		fitField();
		const echo = appendUserMessage(typed, true);
		exchange({ text: typed }, {
			before: () => echo.classList.remove('pending'),
			failed: () => {
				echo.remove();
				field.value = typed;
				fitField();
			},
			retry: () => form.requestSubmit(),
		});
	}

	function press(event) {
		const button = event.target.closest('button[data-press]');
		if (!button || button.disabled || busy) {
			return;
		}
		const message = button.closest('.msg');
		exchange({ press: button.dataset.press }, {
			pressedMessage: message,
			pressedData: button.dataset.press,
			before: (answer) => {
				if (!answer.replies.some((reply) => reply.replaces)) {
					markChosen(button, message);
				}
			},
		});
	}

	/** The pressed answer stays highlighted, and is repeated as the participant's message. */
	function markChosen(button, message) {
		button.classList.add('chosen');
		message.querySelectorAll('button').forEach((other) => { other.disabled = true; });
		appendUserMessage(button.textContent, false);
	}

	function command(event) {
		const button = event.target.closest('button[data-command]');
		if (!button || busy) {
			return;
		}
		const echo = appendUserMessage(button.textContent, true);
		exchange({ command: button.dataset.command }, {
			before: () => echo.classList.remove('pending'),
			failed: () => echo.remove(),
		});
	}

	/** Enter sends, Shift+Enter starts a new line (not while an input method is composing). */
	function enterSends(event) {
		if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
			form.requestSubmit();
			event.preventDefault();
		}
	}

	/** The field grows with the text, up to 40% of the screen (CSS does it where field-sizing works). */
	function fitField() {
		if (window.CSS && CSS.supports('field-sizing', 'content')) {
			return;
		}
		field.style.height = 'auto';
		field.style.height = field.scrollHeight + 4 + 'px';
	}

	/* ---- start: a new participant starts, a known one continues where they were ---- */

	async function begin() {
		if (storage.get()) {
			const answer = await exchange({ resume: true }, { quiet: true, retry: begin });
			if (answer === null || answer.replies.length > 0) {
				return;
			}
		} else {
			storage.set(newId());
		}
		await exchange({ command: 'start', argument: code }, { quiet: true, retry: begin });
	}

	form.addEventListener('submit', sendTyped);
	field.addEventListener('keydown', enterSends);
	field.addEventListener('input', fitField);
	log.addEventListener('click', press);
	menu.addEventListener('click', command);
	begin();
})();
