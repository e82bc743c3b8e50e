package io.forecourt.network.web;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.network.DealerStatus;
import io.forecourt.network.domain.Dealer;
import io.forecourt.network.domain.DealerAdministration;
import io.forecourt.network.domain.DealerProfile;
import io.forecourt.network.domain.DealerSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/dealers")
@Tag(name = "Dealers", description = "The dealers of the network, scoped to what the caller may see")
class DealerApi {

	private final DealerAdministration dealers;

	DealerApi(DealerAdministration dealers) {
		this.dealers = dealers;
	}

	@GetMapping
	@Operation(summary = "Search dealers by text (code or name), region, city and status")
	Page<DealerView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID regionId,
			@RequestParam(required = false) @Nullable String cityCode,
			@RequestParam(required = false) @Nullable DealerStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.dealers.search(new DealerSearch(q, regionId, cityCode, status), new PageRequest(page, size))
			.map(DealerView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One dealer, with its ETag (answers 304 to a matching If-None-Match)")
	ResponseEntity<DealerView> get(@PathVariable UUID id, WebRequest request) {
		Dealer dealer = this.dealers.get(id);
		if (request.checkNotModified(ETags.of(dealer.version()))) {
			return ResponseEntity.status(304).eTag(ETags.of(dealer.version())).build();
		}
		return withETag(ResponseEntity.ok(), dealer);
	}

	@PostMapping
	@Operation(summary = "Register a dealer (HQ)")
	ResponseEntity<DealerView> create(@Valid @RequestBody CreateDealer body, UriComponentsBuilder uris) {
		DealerProfile profile = body.toProfile();
		Dealer dealer = this.dealers.register(body.code(), body.regionId(), profile);
		return withETag(ResponseEntity.created(uris.path("/api/v1/dealers/{id}").build(dealer.id())), dealer);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise a dealer, including suspending or reactivating it (HQ); send the ETag in If-Match")
	ResponseEntity<DealerView> update(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody UpdateDealer body) {
		long expected = ETags.expectedVersion(ifMatch);
		DealerProfile profile = body.toProfile();
		return withETag(ResponseEntity.ok(),
				this.dealers.revise(id, expected, body.regionId(), profile, body.status()));
	}

	private static ResponseEntity<DealerView> withETag(ResponseEntity.BodyBuilder response, Dealer dealer) {
		return response.eTag(ETags.of(dealer.version())).body(DealerView.of(dealer));
	}

	record CreateDealer(
			@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,19}", message = "3 to 20 of A-Z, 0-9 and '-'") String code,
			@NotNull UUID regionId, @NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 100) String nameEn,
			@NotBlank @Size(max = 300) String address, @NotBlank String cityCode,
			@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude, @NotBlank @Size(max = 40) String phone,
			@NotNull Map<String, String> openingHours, @NotEmpty Set<@NotBlank @Size(max = 40) String> brands,
			@NotNull @Min(0) @Max(500) Integer workshopBays) implements DealerInput {
	}

	record UpdateDealer(@NotNull UUID regionId, @NotBlank @Size(max = 100) String nameZh,
			@NotBlank @Size(max = 100) String nameEn, @NotBlank @Size(max = 300) String address,
			@NotBlank String cityCode, @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude, @NotBlank @Size(max = 40) String phone,
			@NotNull Map<String, String> openingHours, @NotEmpty Set<@NotBlank @Size(max = 40) String> brands,
			@NotNull @Min(0) @Max(500) Integer workshopBays, @NotNull DealerStatus status) implements DealerInput {
	}

	record DealerView(UUID id, String code, UUID regionId, String nameZh, String nameEn, String address,
			String cityCode, double latitude, double longitude, String phone, Map<String, String> openingHours,
			Set<String> brands, int workshopBays, DealerStatus status, long version, Instant createdAt,
			Instant updatedAt) {

		static DealerView of(Dealer dealer) {
			DealerProfile p = dealer.profile();
			return new DealerView(dealer.id(), dealer.code(), dealer.regionId(), p.nameZh(), p.nameEn(), p.address(),
					p.city().value(), p.location().latitude(), p.location().longitude(), p.phone().e164(),
					p.openingHours().asMap(), new TreeSet<>(p.brands()), p.workshopBays(), dealer.status(),
					dealer.version(), dealer.createdAt(), dealer.updatedAt());
		}

	}

}
