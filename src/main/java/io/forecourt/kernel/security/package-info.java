@NullMarked
package io.forecourt.kernel.security;

import org.jspecify.annotations.NullMarked;
