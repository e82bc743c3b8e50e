/**
 * The orders' REST API, the buyer's public progress page and API, and the console pages
 * (pipeline, order detail with its actions, the create form).
 */
@NullMarked
package io.forecourt.sales.orders.web;

import org.jspecify.annotations.NullMarked;
