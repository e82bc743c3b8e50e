/**
 * The shared kernel: what every module needs and nothing more — tenancy scopes, the
 * signed-in principal and roles, the audit log, money, and the web conventions (problem
 * responses, pagination, ETags, console navigation). Modules may use any of it; it
 * depends on no module.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package io.forecourt.kernel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
