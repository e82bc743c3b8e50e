@NullMarked
package io.forecourt.kernel.jdbc;

import org.jspecify.annotations.NullMarked;
