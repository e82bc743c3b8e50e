@NullMarked
package io.forecourt.kernel.tenancy;

import org.jspecify.annotations.NullMarked;
