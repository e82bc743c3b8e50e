/**
 * The satisfaction survey's public page and API, the complaint API and console queue, and
 * the NPS report.
 */
@NullMarked
package io.forecourt.service.satisfaction.web;

import org.jspecify.annotations.NullMarked;
