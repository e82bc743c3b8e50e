/** The finance calculator and cost tables over REST and in the console. */
@NullMarked
package io.forecourt.sales.finance.web;

import org.jspecify.annotations.NullMarked;
