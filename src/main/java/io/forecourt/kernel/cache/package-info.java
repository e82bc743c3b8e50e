/** Short-lived in-memory copies of configuration data that every request reads. */
@NullMarked
package io.forecourt.kernel.cache;

import org.jspecify.annotations.NullMarked;
