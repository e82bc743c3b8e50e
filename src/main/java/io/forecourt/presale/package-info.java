/**
 * Online presale (电商中台): limited-quota launches. A campaign offers configurations of a
 * new model with a quota; participants reserve a unit and pay a deposit within a window,
 * unpaid reservations return their unit to the quota, paid ones become sales orders, and
 * every participant, successful or not, is handed to the lead center in batches. The
 * quota is kept by the database (or Redis when configured), never by one JVM, so any
 * number of instances can share a launch.
 */
@ApplicationModule(displayName = "Online presale", allowedDependencies = { "kernel", "identity", "network", "sales" })
@NullMarked
package io.forecourt.presale;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
