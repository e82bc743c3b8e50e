package io.forecourt.identity;

/** Who put a tag on a customer: a person at the console, or a rule (a segment). */
public enum TagSource {

	MANUAL, RULE

}
