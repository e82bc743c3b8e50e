package io.forecourt.kernel.web;

import java.util.List;
import java.util.function.Function;

/** One page of a listing with the totals a client needs to page on. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
		int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
		return new Page<>(List.copyOf(items), request.page(), request.size(), totalItems, totalPages);
	}

	public <R> Page<R> map(Function<? super T, R> mapper) {
		return new Page<>(this.items.stream().<R>map(mapper).toList(), this.page, this.size, this.totalItems,
				this.totalPages);
	}

	public boolean hasNext() {
		return this.page + 1 < this.totalPages;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
