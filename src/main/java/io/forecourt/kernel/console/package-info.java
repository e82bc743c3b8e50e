/**
 * The console shell every module's pages live in: the layout, navigation, the signed-in
 * user and scope, language (zh-CN / en) and the viewer's time zone.
 *
 * <p>
 * How a module plugs in:
 * <ul>
 * <li>declare its menu items as {@link io.forecourt.kernel.console.NavEntry} beans;</li>
 * <li>annotate its page controllers with
 * {@link io.forecourt.kernel.console.ConsoleController} so every model carries what the
 * layout needs;</li>
 * <li>write pages as {@code <html th:replace="~{layout :: page(~{::title}, ~{::main})}">}
 * with every text from its own bundle {@code i18n/<module>.properties} (keys prefixed
 * {@code <module>.});</li>
 * <li>answer htmx requests with fragments through
 * {@link io.forecourt.kernel.console.Htmx}, and report outcomes after a redirect with a
 * {@link io.forecourt.kernel.console.Flash}.</li>
 * </ul>
 */
@NullMarked
package io.forecourt.kernel.console;

import org.jspecify.annotations.NullMarked;
