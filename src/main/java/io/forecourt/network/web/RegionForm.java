package io.forecourt.network.web;

import java.util.Set;
import java.util.regex.Pattern;

import io.forecourt.network.domain.Region;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The console's region form: {@code code} only on creation (it never changes),
 * {@code version} only on renaming.
 */
record RegionForm(@Nullable String code, @NotBlank @Size(max = 100) @Nullable String nameZh,
		@NotBlank @Size(max = 100) @Nullable String nameEn, @Nullable Long version) {

	static final Set<String> FIELDS = Set.of("code", "nameZh", "nameEn");

	// The region code format the API enforces (RegionApi.CreateRegion).
	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

	static RegionForm blank() {
		return new RegionForm(null, null, null, null);
	}

	static RegionForm of(Region region) {
		return new RegionForm(region.code(), region.nameZh(), region.nameEn(), region.version());
	}

	void checkCode(FormErrors errors) {
		if (this.code == null || this.code.isBlank()) {
			errors.fieldMessage("code", "network.form.required");
		}
		else if (!CODE.matcher(this.code.strip()).matches()) {
			errors.fieldMessage("code", "network.region.code.format");
		}
	}

}
