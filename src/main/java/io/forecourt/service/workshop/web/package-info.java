/** The workshop over HTTP: the configuration API and the managers' console page. */
@NullMarked
package io.forecourt.service.workshop.web;

import org.jspecify.annotations.NullMarked;
