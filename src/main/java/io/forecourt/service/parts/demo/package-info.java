/**
 * Demo parts for the embedded default, so the parts pages show stock on a fresh start.
 */
@NullMarked
package io.forecourt.service.parts.demo;

import org.jspecify.annotations.NullMarked;
