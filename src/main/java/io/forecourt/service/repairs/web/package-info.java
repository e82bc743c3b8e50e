/**
 * Repair orders over HTTP: the service desk's API, the workshop board and repair order
 * page in the console, and the owner's public progress page and API behind the
 * unguessable link.
 */
@NullMarked
package io.forecourt.service.repairs.web;

import org.jspecify.annotations.NullMarked;
