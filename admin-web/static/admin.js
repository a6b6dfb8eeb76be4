/*
 * mitreden staff pages: the little interaction that needs a script. Everything works without it.
 * - [data-print]: opens the browser's print dialog (report page).
 * - A row the page jumps to after hide/show (#answer-…) gets the keyboard focus.
 * - [data-confirm]: asks before a form is sent.
 */
(function () {
	'use strict';

	document.addEventListener('click', function (event) {
		var button = event.target.closest('[data-print]');
		if (button) {
			window.print();
		}
	});

	document.addEventListener('submit', function (event) {
		var form = event.target;
		var question = form.getAttribute('data-confirm');
		if (question && !window.confirm(question)) {
			event.preventDefault();
		}
	});

	document.addEventListener('DOMContentLoaded', function () {
		if (window.location.hash.length > 1) {
			var target = document.getElementById(window.location.hash.substring(1));
			if (target) {
				target.focus();
			}
		}
	});
})();
