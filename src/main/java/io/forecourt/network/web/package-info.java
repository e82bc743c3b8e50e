/** The network's REST API ({@code /api/v1/regions|dealers|staff}) and console pages. */
@NullMarked
package io.forecourt.network.web;

import org.jspecify.annotations.NullMarked;
