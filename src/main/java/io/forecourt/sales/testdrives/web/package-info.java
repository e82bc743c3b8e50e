/**
 * Test drives over HTTP: the API the brand app and DMS integrations call, and the
 * console's calendar and fleet pages.
 */
@NullMarked
package io.forecourt.sales.testdrives.web;

import org.jspecify.annotations.NullMarked;
