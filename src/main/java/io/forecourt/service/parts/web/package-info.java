/**
 * Parts over HTTP: the part master and dealer stock APIs, and the console's parts stock,
 * goods receipt, stocktake and part master pages.
 */
@NullMarked
package io.forecourt.service.parts.web;

import org.jspecify.annotations.NullMarked;
