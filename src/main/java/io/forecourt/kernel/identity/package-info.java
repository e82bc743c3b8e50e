@NullMarked
package io.forecourt.kernel.identity;

import org.jspecify.annotations.NullMarked;
