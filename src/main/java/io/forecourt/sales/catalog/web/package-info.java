/**
 * The catalog's and configurator's REST API (staff, integrators, and the public
 * configurator for the brand website) and console pages.
 */
@NullMarked
package io.forecourt.sales.catalog.web;

import org.jspecify.annotations.NullMarked;
