/**
 * Demo workshops and appointments for the embedded default's first start, seeded through
 * the same services people use.
 */
@NullMarked
package io.forecourt.service.demo;

import org.jspecify.annotations.NullMarked;
