@NullMarked
package io.forecourt.kernel.vehicle;

import org.jspecify.annotations.NullMarked;
