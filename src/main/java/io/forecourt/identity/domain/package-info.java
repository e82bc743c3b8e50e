/** Customers, their identities, merges and suggestions; identity resolution. */
@NullMarked
package io.forecourt.identity.domain;

import org.jspecify.annotations.NullMarked;
