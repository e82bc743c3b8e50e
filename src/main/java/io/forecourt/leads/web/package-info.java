/** The lead center's HTTP API. */
@NullMarked
package io.forecourt.leads.web;

import org.jspecify.annotations.NullMarked;
