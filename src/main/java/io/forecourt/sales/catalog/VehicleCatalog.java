package io.forecourt.sales.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's answers for the other parts of the sales center (stock, test drives,
 * quotes, orders): whether a model, trim or colour code exists, whether the catalog
 * offers a car so described ({@link #carCheck()}), and what a model or trim is called and
 * how it is driven. Codes are matched case-insensitively. No permission is checked here:
 * callers check their own. Example:
 *
 * <pre>{@code
 * CatalogEntry trim = catalog.trim("E5-LR").orElseThrow(() -> ...);
 * boolean ev = trim.powertrain().newEnergy();   // E5 is a BEV
 * }</pre>
 */
@Component
@Transactional(readOnly = true)
public class VehicleCatalog {

	private final CatalogItems items;

	private final CatalogRules rules;

	VehicleCatalog(CatalogItems items, CatalogRules rules) {
		this.items = items;
		this.rules = rules;
	}

	/**
	 * A check of real cars' codes (stock, test-drive cars) against the catalog as it is
	 * now: take one per request, and check every car of a batch with it.
	 */
	public CarCheck carCheck() {
		return new CarCheck(this.items.findAll(), this.rules.findAll());
	}

	/** Any catalog item by its code, whatever its kind. */
	public Optional<CatalogEntry> entry(String code) {
		return this.items.find(normal(code)).map(this::entry);
	}

	/** The model with this code. */
	public Optional<CatalogEntry> model(String code) {
		return entry(code).filter(e -> e.kind() == ChoiceKind.MODEL);
	}

	/**
	 * The trim with this code; its {@code modelCode} and {@code powertrain} are its
	 * model's.
	 */
	public Optional<CatalogEntry> trim(String code) {
		return entry(code).filter(e -> e.kind() == ChoiceKind.TRIM);
	}

	/** Whether {@code trimCode} is a trim of {@code modelCode}. */
	public boolean isTrimOf(String trimCode, String modelCode) {
		return trim(trimCode).map(t -> normal(modelCode).equals(t.modelCode())).orElse(false);
	}

	public boolean exteriorColourExists(String code) {
		return entry(code).filter(e -> e.kind() == ChoiceKind.EXTERIOR_COLOUR).isPresent();
	}

	public boolean interiorColourExists(String code) {
		return entry(code).filter(e -> e.kind() == ChoiceKind.INTERIOR_COLOUR).isPresent();
	}

	/** Every model, active or not, in catalog order. */
	public List<CatalogEntry> models() {
		return this.items.findAll().stream().filter(i -> i.kind() == ChoiceKind.MODEL).map(this::entry).toList();
	}

	/** The trims of a model, in catalog order; empty for an unknown model. */
	public List<CatalogEntry> trimsOf(String modelCode) {
		String model = normal(modelCode);
		return this.items.findAll()
			.stream()
			.filter(i -> i.kind() == ChoiceKind.TRIM && model.equals(i.modelCode()))
			.map(this::entry)
			.toList();
	}

	private CatalogEntry entry(CatalogItem item) {
		return switch (item.kind()) {
			case MODEL -> new CatalogEntry(item.code(), item.kind(), item.code(), item.nameZh(), item.nameEn(),
					item.powertrain(), item.active());
			case TRIM -> {
				CatalogItem model = this.items.find(item.modelCode()).orElseThrow();
				yield new CatalogEntry(item.code(), item.kind(), model.code(), model.nameZh() + " " + item.nameZh(),
						model.nameEn() + " " + item.nameEn(), model.powertrain(), item.active() && model.active());
			}
			default ->
				new CatalogEntry(item.code(), item.kind(), null, item.nameZh(), item.nameEn(), null, item.active());
		};
	}

	private static String normal(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

}
