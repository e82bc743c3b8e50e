package io.forecourt.network.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.network.domain.Region;
import io.forecourt.network.domain.RegionAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "Sales regions of the OEM")
class RegionApi {

	private final RegionAdministration regions;

	RegionApi(RegionAdministration regions) {
		this.regions = regions;
	}

	@GetMapping
	@Operation(summary = "The regions the caller can see")
	List<RegionView> list() {
		return this.regions.list().stream().map(RegionView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One region, with its ETag")
	ResponseEntity<RegionView> get(@PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), this.regions.get(id));
	}

	@PostMapping
	@Operation(summary = "Create a region (HQ)")
	ResponseEntity<RegionView> create(@Valid @RequestBody CreateRegion body, UriComponentsBuilder uris) {
		Region region = this.regions.create(body.code(), body.nameZh().strip(), body.nameEn().strip());
		return withETag(ResponseEntity.created(uris.path("/api/v1/regions/{id}").build(region.id())), region);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename a region (HQ); send the ETag in If-Match")
	ResponseEntity<RegionView> update(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody UpdateRegion body) {
		long expected = ETags.expectedVersion(ifMatch);
		return withETag(ResponseEntity.ok(),
				this.regions.rename(id, expected, body.nameZh().strip(), body.nameEn().strip()));
	}

	private static ResponseEntity<RegionView> withETag(ResponseEntity.BodyBuilder response, Region region) {
		return response.eTag(ETags.of(region.version())).body(RegionView.of(region));
	}

	record CreateRegion(
			@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "2 to 20 of A-Z, 0-9 and '-'") String code,
			@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 100) String nameEn) {
	}

	record UpdateRegion(@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 100) String nameEn) {
	}

	record RegionView(UUID id, String code, String nameZh, String nameEn, long version, Instant createdAt,
			Instant updatedAt) {

		static RegionView of(Region region) {
			return new RegionView(region.id(), region.code(), region.nameZh(), region.nameEn(), region.version(),
					region.createdAt(), region.updatedAt());
		}

	}

}
