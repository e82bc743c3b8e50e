/**
 * The customer API ({@code /api/v1/customers}, {@code /api/v1/merge-suggestions}) and
 * console pages ({@code /customers}, {@code /customers/{id}},
 * {@code /customers/merge-suggestions}).
 */
@NullMarked
package io.forecourt.identity.web;

import org.jspecify.annotations.NullMarked;
