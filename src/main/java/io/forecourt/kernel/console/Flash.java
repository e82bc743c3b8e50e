package io.forecourt.kernel.console;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A message shown once at the top of the next page, typically after a redirect:
 *
 * <pre>{@code
 * redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("network.dealer.created", dealer.code()));
 * }</pre>
 *
 * Carries a message key and its arguments rather than text, so it is rendered in the
 * viewer's language. Arguments must be serializable: flash attributes live in the
 * session.
 */
public record Flash(Level level, String messageKey, List<Serializable> args) implements Serializable {

	/** The model attribute the layout renders. */
	public static final String ATTRIBUTE = "flash";

	public enum Level {

		SUCCESS, INFO, WARNING, DANGER;

		/** The Bootstrap alert class. */
		public String cssClass() {
			return "alert-" + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public Flash {
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(messageKey, "messageKey");
		args = List.copyOf(args);
	}

	public static Flash success(String messageKey, Serializable... args) {
		return new Flash(Level.SUCCESS, messageKey, List.of(args));
	}

	public static Flash info(String messageKey, Serializable... args) {
		return new Flash(Level.INFO, messageKey, List.of(args));
	}

	public static Flash warning(String messageKey, Serializable... args) {
		return new Flash(Level.WARNING, messageKey, List.of(args));
	}

	public static Flash danger(String messageKey, Serializable... args) {
		return new Flash(Level.DANGER, messageKey, List.of(args));
	}

	/** The arguments as the array {@code #messages.msgWithParams} expects. */
	public Object[] arguments() {
		return this.args.toArray();
	}

}
