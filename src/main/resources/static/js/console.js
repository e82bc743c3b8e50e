// Console glue for htmx. Loaded after htmx (both deferred), before htmx processes the page.
(function () {
	'use strict';

	function meta(name) {
		const element = document.querySelector('meta[name="' + name + '"]');
		return element ? element.getAttribute('content') : null;
	}

	// 422 carries a form re-rendered with its validation errors: swap it like a success.
	// Other client and server errors are not swapped (htmx's default).
	htmx.config.responseHandling = [
		{ code: '204', swap: false },
		{ code: '[23]..', swap: true },
		{ code: '422', swap: true },
		{ code: '[45]..', swap: false, error: true },
		{ code: '...', swap: false }
	];

	// Spring Security wants the CSRF token on every request that changes something.
	document.addEventListener('htmx:configRequest', function (event) {
		const token = meta('_csrf');
		const header = meta('_csrf_header');
		if (token && header && event.detail.verb !== 'get') {
			event.detail.headers[header] = token;
		}
	});

	// An expired session turns an htmx request into the login page: show it as a page,
	// not squeezed into a fragment's target.
	document.addEventListener('htmx:beforeSwap', function (event) {
		const url = event.detail.xhr && event.detail.xhr.responseURL;
		if (url && new URL(url).pathname.endsWith('/login')) {
			event.detail.shouldSwap = false;
			window.location.assign(url);
		}
	});

	// Countdowns to a deadline (SLA timers): <span data-countdown="2026-11-21T10:15:00Z"
	// data-overdue-label="overdue">. The server renders the first text; the browser keeps
	// it ticking, also in fragments htmx swaps in later.
	function two(n) {
		return (n < 10 ? '0' : '') + n;
	}

	function remaining(ms) {
		const total = Math.floor(Math.abs(ms) / 1000);
		const hours = Math.floor(total / 3600);
		const minutes = Math.floor((total % 3600) / 60);
		const seconds = total % 60;
		return (hours > 0 ? hours + ':' + two(minutes) : minutes) + ':' + two(seconds);
	}

	function tick() {
		const now = Date.now();
		document.querySelectorAll('[data-countdown]').forEach(function (element) {
			const due = Date.parse(element.getAttribute('data-countdown'));
			if (isNaN(due)) {
				return;
			}
			const left = due - now;
			const overdue = left < 0;
			element.textContent = overdue
				? (element.getAttribute('data-overdue-label') || 'overdue') + ' ' + remaining(left)
				: remaining(left);
			element.classList.toggle('text-danger', overdue);
			element.classList.toggle('fw-bold', overdue || left < 5 * 60 * 1000);
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		tick();
		setInterval(tick, 1000);
	});
})();
