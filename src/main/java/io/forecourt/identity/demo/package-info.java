/**
 * Demo customers for the embedded default mode; never loaded when forecourt.demo.enabled
 * is false.
 */
@NullMarked
package io.forecourt.identity.demo;

import org.jspecify.annotations.NullMarked;
