package io.forecourt.leads.web;

import java.util.UUID;

import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.leads.sla.LeadAlert;
import io.forecourt.leads.sla.LeadAlertInbox;
import io.forecourt.leads.sla.LeadAlertKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What dealer managers are alerted to: SLA breaches, reclaims, defeat proposals. */
@RestController
@RequestMapping("/api/v1/lead-alerts")
@Tag(name = "Lead alerts", description = "SLA breaches, reclaimed leads and defeat proposals for dealer managers")
class LeadAlertApi {

	private final LeadAlertInbox inbox;

	LeadAlertApi(LeadAlertInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	@Operation(summary = "Alerts of your dealers, newest first (dealer managers: their dealer; HQ: all);"
			+ " read=false for unread ones")
	Page<LeadAlert> list(@RequestParam(required = false) @Nullable Boolean read,
			@RequestParam(required = false) @Nullable LeadAlertKind kind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.inbox.find(read, kind, new PageRequest(page, size));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark an alert read (the first reading is kept)")
	LeadAlert markRead(@PathVariable UUID id) {
		return this.inbox.markRead(id);
	}

}
