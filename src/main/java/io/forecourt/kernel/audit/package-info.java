@NullMarked
package io.forecourt.kernel.audit;

import org.jspecify.annotations.NullMarked;
