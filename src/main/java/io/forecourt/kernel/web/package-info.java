/** Web conventions shared by every module: problem responses, paging, ETags. */
@NullMarked
package io.forecourt.kernel.web;

import org.jspecify.annotations.NullMarked;
