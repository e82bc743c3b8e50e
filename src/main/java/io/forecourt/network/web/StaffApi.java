package io.forecourt.network.web;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.network.domain.Staff;
import io.forecourt.network.domain.StaffAdministration;
import io.forecourt.network.domain.StaffSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff", description = "Dealer staff; phone and e-mail are masked without the personal-data permission")
class StaffApi {

	private final StaffAdministration staff;

	StaffApi(StaffAdministration staff) {
		this.staff = staff;
	}

	@GetMapping
	@Operation(summary = "Search staff by name, dealer, role and active flag")
	Page<StaffView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable Boolean active, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.staff.search(new StaffSearch(q, dealerId, role, active), new PageRequest(page, size))
			.map(StaffView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One staff member, with its ETag")
	ResponseEntity<StaffView> get(@PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), this.staff.get(id));
	}

	@PostMapping
	@Operation(summary = "Add a staff member to a dealer (HQ, region or dealer manager)")
	ResponseEntity<StaffView> create(@Valid @RequestBody CreateStaff body, UriComponentsBuilder uris) {
		Staff member = this.staff.hire(body.dealerId(), details(body.name(), body.phone(), body.email(), body.roles()));
		return withETag(ResponseEntity.created(uris.path("/api/v1/staff/{id}").build(member.id())), member);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise or (de)activate a staff member; send the ETag in If-Match")
	ResponseEntity<StaffView> update(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody UpdateStaff body) {
		long expected = ETags.expectedVersion(ifMatch);
		Staff member = this.staff.revise(id, expected, details(body.name(), body.phone(), body.email(), body.roles()),
				body.active());
		return withETag(ResponseEntity.ok(), member);
	}

	static Staff.StaffDetails details(String name, String phone, @Nullable String email, Set<Role> roles) {
		FieldErrors errors = new FieldErrors();
		PhoneNumber number = errors.attempt("phone", () -> PhoneNumber.parse(phone));
		errors.throwIfAny();
		Staff.StaffDetails details = errors.attempt("roles",
				() -> new Staff.StaffDetails(name.strip(), number, email, roles));
		errors.throwIfAny();
		return details;
	}

	private static ResponseEntity<StaffView> withETag(ResponseEntity.BodyBuilder response, Staff member) {
		return response.eTag(ETags.of(member.version())).body(StaffView.of(member));
	}

	record CreateStaff(@NotNull UUID dealerId, @NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 40) String phone, @Nullable @Email @Size(max = 254) String email,
			@NotEmpty Set<@NotNull Role> roles) {
	}

	record UpdateStaff(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 40) String phone,
			@Nullable @Email @Size(max = 254) String email, @NotEmpty Set<@NotNull Role> roles,
			@NotNull Boolean active) {
	}

	/**
	 * A staff member as the caller may see them: phone and e-mail in full only with the
	 * personal-data permission (and then the read is audited), masked otherwise.
	 */
	record StaffView(UUID id, UUID dealerId, String name, String phone, @Nullable String email, boolean masked,
			Set<Role> roles, boolean active, long version, Instant createdAt, Instant updatedAt) {

		static StaffView of(Staff member) {
			boolean unmasked = CurrentAccess.can(Permission.PERSONAL_DATA);
			Staff.StaffDetails d = member.details();
			String email = d.email();
			return new StaffView(member.id(), member.dealerId(), d.name(),
					unmasked ? d.phone().e164() : d.phone().masked(),
					unmasked || email == null ? email : maskEmail(email), !unmasked, d.roles(), member.active(),
					member.version(), member.createdAt(), member.updatedAt());
		}

		private static String maskEmail(String email) {
			int at = email.indexOf('@');
			return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
		}

	}

}
