package io.forecourt.kernel.console;

import java.time.ZoneId;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Adds {@code #instants} ({@link Instants}) to every template. The zone is the one the
 * console model carries ({@value ConsoleModel#ZONE}) and the configured default where a
 * template renders without it.
 */
class ConsoleDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String INSTANTS = "instants";

	private final ZoneId defaultZone;

	ConsoleDialect(ZoneId defaultZone) {
		super("forecourt-console");
		this.defaultZone = defaultZone;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(INSTANTS);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				Object zone = context.getVariable(ConsoleModel.ZONE);
				return new Instants(zone instanceof ZoneId viewerZone ? viewerZone : ConsoleDialect.this.defaultZone,
						context.getLocale());
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
