@NullMarked
package io.forecourt.kernel.events;

import org.jspecify.annotations.NullMarked;
