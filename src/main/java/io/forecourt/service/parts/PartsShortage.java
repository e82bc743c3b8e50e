package io.forecourt.service.parts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import org.jspecify.annotations.Nullable;

/**
 * A reservation that could not be made whole: nothing was reserved. The problem response
 * (409 {@code conflict}) carries {@code shortages}: for every short part how many the
 * repair order asked for in all, how many it already held, and how many more are
 * available at the dealer, with the part that supersedes it when there is one.
 */
public class PartsShortage extends ProblemException {

	private final List<Shortage> shortages;

	public PartsShortage(List<Shortage> shortages) {
		super(ProblemType.CONFLICT, detail(shortages), Map.of("shortages", List.copyOf(shortages)));
		this.shortages = List.copyOf(shortages);
	}

	public List<Shortage> shortages() {
		return this.shortages;
	}

	/**
	 * @param requested what the repair order asked to hold in all
	 * @param held what it held already
	 * @param available what more the dealer could give it now (0 when the dealer does not
	 * stock the part)
	 */
	public record Shortage(String partNumber, int requested, int held, int available, @Nullable String supersededBy) {

		/** How many are missing. */
		public int missing() {
			return this.requested - this.held - this.available;
		}

	}

	private static String detail(List<Shortage> shortages) {
		return "Not enough stock; nothing was reserved: " + shortages.stream()
			.map(s -> s.partNumber() + " (asked " + s.requested() + (s.held() > 0 ? ", holds " + s.held() : "")
					+ ", available " + s.available()
					+ (s.supersededBy() == null ? "" : ", superseded by " + s.supersededBy()) + ")")
			.collect(Collectors.joining(", "));
	}

}
