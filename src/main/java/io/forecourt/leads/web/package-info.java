/**
 * The lead center's HTTP API: capture (single and batch), reading leads within the scope,
 * and the grading rules HQ maintains.
 */
@NullMarked
package io.forecourt.leads.web;

import org.jspecify.annotations.NullMarked;
