/** The embedded default's demo campaign. */
@NullMarked
package io.forecourt.presale.demo;

import org.jspecify.annotations.NullMarked;
