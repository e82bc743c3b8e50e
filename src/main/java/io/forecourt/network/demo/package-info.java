/**
 * Demo data for the embedded default mode; never loaded when forecourt.demo.enabled is
 * false.
 */
@NullMarked
package io.forecourt.network.demo;

import org.jspecify.annotations.NullMarked;
