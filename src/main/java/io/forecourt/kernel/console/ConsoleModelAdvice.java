package io.forecourt.kernel.console;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every {@link ConsoleController} model what the layout needs (see
 * {@link ConsoleModel}), so page controllers only add their own data.
 */
@ControllerAdvice(annotations = ConsoleController.class)
class ConsoleModelAdvice {

	private final ConsoleModel consoleModel;

	ConsoleModelAdvice(ConsoleModel consoleModel) {
		this.consoleModel = consoleModel;
	}

	@ModelAttribute
	void addConsoleAttributes(Model model, HttpServletRequest request) {
		model.addAllAttributes(this.consoleModel.attributes(request));
	}

}
