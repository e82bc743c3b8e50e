package io.forecourt.presale.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.presale.campaigns.CampaignAdministration;
import io.forecourt.presale.campaigns.CampaignView;
import io.forecourt.presale.campaigns.NewCampaign;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HQ's presale pages: the campaigns with where each stands, and the form that creates
 * one. Times are typed and shown in the console's zone (China time by default).
 * Permissions are the services' business; the form is offered to those who may create.
 */
@ConsoleController
@RequestMapping("/presale/campaigns")
class PresaleConsole {

	private final CampaignAdministration campaigns;

	private final ZoneId zone;

	PresaleConsole(CampaignAdministration campaigns,
			@Value("${forecourt.console.default-zone:Asia/Shanghai}") ZoneId zone) {
		this.campaigns = campaigns;
		this.zone = zone;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("campaigns", this.campaigns.list(new PageRequest(page, PageRequest.MAX_SIZE)));
		model.addAttribute("canCreate", CurrentAccess.can(Permission.PRESALE_MANAGE));
		return "presale/campaigns";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		if (!CurrentAccess.can(Permission.PRESALE_MANAGE)) {
			throw new AccessDeniedException("PRESALE_MANAGE");
		}
		return form(model, CampaignForm.blank(), List.of());
	}

	@PostMapping
	String create(CampaignForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		List<String> errors = new ArrayList<>();
		NewCampaign campaign = form.toNewCampaign(this.zone, errors);
		if (errors.isEmpty()) {
			try {
				CampaignView created = this.campaigns.create(campaign);
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("presale.created", created.code()));
				return "redirect:/presale/campaigns";
			}
			catch (ProblemException ex) {
				errors.addAll(problems(ex));
			}
		}
		response.setStatus(422);
		return form(model, form, errors);
	}

	private String form(Model model, CampaignForm form, List<String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "presale/campaign-form";
	}

	private static List<String> problems(ProblemException ex) {
		if (ex.properties().get("errors") instanceof List<?> list && !list.isEmpty()) {
			return list.stream()
				.map(e -> e instanceof ProblemException.FieldProblem p ? p.field() + ": " + p.message()
						: String.valueOf(e))
				.toList();
		}
		return List.of(String.valueOf(ex.getMessage()));
	}

	/**
	 * The create form as typed: offers one per line ({@code CODE} or {@code CODE:cap}),
	 * regions and cities separated by commas or spaces, times in the console's zone.
	 */
	record CampaignForm(@Nullable String code, @Nullable String nameZh, @Nullable String nameEn,
			@Nullable String offers, @Nullable Integer quota, @Nullable String opensAt, @Nullable String closesAt,
			@Nullable BigDecimal deposit, @Nullable Integer paymentWindowMinutes, @Nullable Integer perPersonLimit,
			@Nullable Boolean idNumberRequired, @Nullable String regionCodes, @Nullable String cityCodes) {

		static CampaignForm blank() {
			return new CampaignForm(null, null, null, null, null, null, null, new BigDecimal("5000"), 15, 1, false,
					null, null);
		}

		NewCampaign toNewCampaign(ZoneId zone, List<String> errors) {
			List<NewCampaign.NewOffer> parsed = new ArrayList<>();
			for (String line : split(this.offers, "\\R")) {
				String[] parts = line.split(":", 2);
				Integer cap = null;
				if (parts.length == 2) {
					try {
						cap = Integer.valueOf(parts[1].strip());
					}
					catch (NumberFormatException ex) {
						errors.add("offers: '" + line + "' has no whole number after ':'");
					}
				}
				parsed.add(new NewCampaign.NewOffer(parts[0].strip(), cap));
			}
			return new NewCampaign(this.code, this.nameZh, this.nameEn, null, parsed, this.quota,
					instant("opensAt", this.opensAt, zone, errors), instant("closesAt", this.closesAt, zone, errors),
					this.deposit, this.paymentWindowMinutes, this.perPersonLimit,
					Boolean.TRUE.equals(this.idNumberRequired), split(this.regionCodes, "[,\\s]+"),
					split(this.cityCodes, "[,\\s]+"));
		}

		private static java.time.@Nullable Instant instant(String field, @Nullable String typed, ZoneId zone,
				List<String> errors) {
			if (typed == null || typed.isBlank()) {
				return null;
			}
			try {
				return LocalDateTime.parse(typed.strip()).atZone(zone).toInstant();
			}
			catch (DateTimeParseException ex) {
				errors.add(field + ": not a date and time");
				return null;
			}
		}

		private static List<String> split(@Nullable String typed, String separator) {
			if (typed == null || typed.isBlank()) {
				return List.of();
			}
			return Arrays.stream(typed.strip().split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

	}

}
