package io.forecourt.sales.catalog.web;

import java.util.List;

import io.forecourt.sales.catalog.Selection;
import org.jspecify.annotations.Nullable;

/** The configure screen's choices as the browser sends them (every field optional). */
record ConfiguratorForm(@Nullable String model, @Nullable String trim, @Nullable String exterior,
		@Nullable String interior, @Nullable List<String> packages, @Nullable List<String> accessories) {

	List<String> packageCodes() {
		return this.packages == null ? List.of() : this.packages;
	}

	List<String> accessoryCodes() {
		return this.accessories == null ? List.of() : this.accessories;
	}

	Selection selection() {
		return new Selection(this.model, this.trim, this.exterior, this.interior, packageCodes(), accessoryCodes(),
				null);
	}

	public boolean chosen(String code) {
		return packageCodes().contains(code) || accessoryCodes().contains(code);
	}

}
