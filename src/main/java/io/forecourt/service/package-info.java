/**
 * The service center: each dealer's workshop capacity (bays, technicians and their
 * skills, the service types it offers), workshop appointments from the brand app and the
 * service advisor that never overbook a bay or a technician, reminders and no-shows, and
 * the dealer recommendation that ranks workshops for an owner's need with every factor
 * explained. Its events land on the customer's timeline; repair orders, parts and
 * satisfaction build on them.
 */
@ApplicationModule(displayName = "Service center", allowedDependencies = { "kernel", "identity", "network" })
@NullMarked
package io.forecourt.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
