/**
 * The presale's REST API (HQ campaign administration, the brand app's reservations and
 * deposits, the launch dashboard figures) and its console pages.
 */
@NullMarked
package io.forecourt.presale.web;

import org.jspecify.annotations.NullMarked;
