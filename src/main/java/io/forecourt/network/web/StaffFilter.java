package io.forecourt.network.web;

import java.util.UUID;

import io.forecourt.kernel.security.Role;
import io.forecourt.network.domain.StaffSearch;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/** The staff list's search form, echoed back so the page and its links keep it. */
record StaffFilter(@Nullable String q, @Nullable UUID dealerId, @Nullable Role role, @Nullable Boolean active) {

	StaffSearch search() {
		return new StaffSearch(DealerFilter.blankToNull(this.q), this.dealerId, this.role, this.active);
	}

	/** The list's address for another page of the same search. */
	public String pageUrl(int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/staff");
		String text = DealerFilter.blankToNull(this.q);
		if (text != null) {
			uri.queryParam("q", text);
		}
		if (this.dealerId != null) {
			uri.queryParam("dealerId", this.dealerId);
		}
		if (this.role != null) {
			uri.queryParam("role", this.role);
		}
		if (this.active != null) {
			uri.queryParam("active", this.active);
		}
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

}
