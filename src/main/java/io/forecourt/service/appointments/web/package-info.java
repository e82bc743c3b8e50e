/**
 * Appointments over HTTP: the API the brand app and DMS integrations call, and the
 * service advisor's calendar in the console.
 */
@NullMarked
package io.forecourt.service.appointments.web;

import org.jspecify.annotations.NullMarked;
