package io.forecourt.kernel.audit;

import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit", description = "The append-only audit trail")
class AuditController {

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('PERM_AUDIT_READ')")
	@Operation(summary = "Read the audit log, newest first")
	Page<AuditEntry> list(@RequestParam(required = false) @Nullable String resourceType,
			@RequestParam(required = false) @Nullable String resourceId,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable AuditAction action, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.auditLog.find(new AuditQuery(resourceType, resourceId, actor, action), new PageRequest(page, size));
	}

}
