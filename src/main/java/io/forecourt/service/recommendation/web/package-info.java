/** The dealer recommendation over HTTP. */
@NullMarked
package io.forecourt.service.recommendation.web;

import org.jspecify.annotations.NullMarked;
