/**
 * The vehicle catalog (models, trims, colours, option packages, accessories, their dated
 * prices and the rules between them) and the configurator that checks a buyer's choices
 * against those rules and prices them. {@link io.forecourt.sales.catalog.VehicleCatalog}
 * answers the sibling parts' questions about catalog codes; other modules use
 * {@link io.forecourt.sales.Configurations}.
 */
@NullMarked
package io.forecourt.sales.catalog;

import org.jspecify.annotations.NullMarked;
