/**
 * One ID: who a person is across every channel. Other modules hand a set of identifiers
 * (phone, e-mail, WeChat ids, app user id, national ID number, VIN) to
 * {@link io.forecourt.identity.CustomerIdentification#resolve} and get one customer id
 * back; when identifiers of two customers turn out to belong together the customers
 * merge, and {@link io.forecourt.identity.CustomersMerged} tells other modules to
 * re-point what they hold.
 */
@ApplicationModule(displayName = "One ID / customer 360", allowedDependencies = "kernel")
@NullMarked
package io.forecourt.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
