package de.mitreden.admin;

import java.util.List;

/**
 * Texts an attacker might write as an answer (or a theme name): each must come out as text, never as
 * markup or script, on every staff page and in every export.
 */
final class XssPayloads {

	static final List<String> ALL = List.of("<script>alert('x1')</script>", "<img src=x onerror=alert('x2')>",
			"\"><svg onload=alert('x3')>", "'><iframe src=javascript:alert('x4')>",
			"<a href=\"javascript:alert('x5')\">klick</a>", "</textarea><b onmouseover=alert('x6')>fett</b>",
			"{{7*7}} ${7*7} [[${7*7}]] __${7*7}__", "=HYPERLINK(\"http://example.org\",\"x8\")");

	/** Fragments that must never appear unescaped in a page. */
	static final List<String> DANGEROUS = List.of("<script>alert", "<img src=x", "<svg onload", "<iframe",
			"<a href=\"javascript", "<b onmouseover");

	private XssPayloads() {
	}

}
