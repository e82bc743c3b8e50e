@NullMarked
package io.forecourt.kernel.geo;

import org.jspecify.annotations.NullMarked;
