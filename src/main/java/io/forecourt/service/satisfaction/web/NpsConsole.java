package io.forecourt.service.satisfaction.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.service.satisfaction.NpsReports;
import io.forecourt.service.workshop.ServiceDealers;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The NPS page for managers and headquarters: a dealer (or all) and a delivery date
 * range.
 */
@ConsoleController
@RequestMapping(NpsConsole.PATH)
class NpsConsole {

	static final String PATH = "/service/satisfaction";

	private final NpsReports reports;

	private final ServiceDealers dealers;

	NpsConsole(NpsReports reports, ServiceDealers dealers) {
		this.reports = reports;
		this.dealers = dealers;
	}

	@GetMapping
	String nps(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		try {
			model.addAttribute("report", this.reports.nps(dealerId, from, to));
		}
		catch (ProblemException ex) {
			if (ex.type() != ProblemType.VALIDATION) {
				throw ex;
			}
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("report", this.reports.nps(dealerId, null, null));
		}
		model.addAttribute("dealers", this.dealers.visibleDealers());
		model.addAttribute("dealerId", dealerId);
		return "service/satisfaction-nps";
	}

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
