package io.forecourt.kernel.console;

import java.util.List;

/**
 * The signed-in user as the layout shows them: texts already in the viewer's language.
 *
 * @param name the user name
 * @param roles the role names, in role order
 * @param scope which part of the network the user sees, e.g. "Region: East China"
 */
public record ConsoleUser(String name, List<String> roles, String scope) {

}
