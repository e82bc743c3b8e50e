package io.forecourt.network.web;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks a bound console form: conversion failures from binding plus the Jakarta
 * constraints of the form record, as one {@link FormErrors}. Validates explicitly rather
 * than with {@code @Valid}, because Spring skips bean validation when a constructor
 * argument fails conversion, and then a form with a typo in the latitude would not report
 * its empty name.
 */
@Component
class FormValidation {

	private final Validator validator;

	private final MessageSource messages;

	FormValidation(Validator validator, MessageSource messages) {
		this.validator = validator;
		this.messages = messages;
	}

	FormErrors check(Object form, BindingResult binding, Locale locale, Set<String> fields) {
		FormErrors errors = FormErrors.of(binding, this.messages, locale, fields);
		for (ConstraintViolation<Object> violation : this.validator.validate(form)) {
			String field = violation.getPropertyPath().toString();
			if (!errors.has(field)) {
				// Messages come in the request's language: Spring's validator
				// interpolates with the current locale.
				errors.field(field, violation.getMessage());
			}
		}
		return errors;
	}

	FormErrors none(Locale locale, Set<String> fields) {
		return new FormErrors(this.messages, locale, fields);
	}

}
