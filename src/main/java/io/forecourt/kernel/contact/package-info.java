@NullMarked
package io.forecourt.kernel.contact;

import org.jspecify.annotations.NullMarked;
