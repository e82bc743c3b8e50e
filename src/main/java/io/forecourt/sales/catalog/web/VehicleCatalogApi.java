package io.forecourt.sales.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.catalog.CatalogAdministration;
import io.forecourt.sales.catalog.CatalogItem;
import io.forecourt.sales.catalog.ChoiceKind;
import io.forecourt.sales.catalog.ItemDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The catalog's items over the API: models, their trims, and options (colours, packages,
 * accessories). Reading needs SALES_READ; creating and changing needs CATALOG_WRITE (HQ),
 * a change sends the item's ETag in If-Match. Items are never deleted: an inactive one
 * cannot be chosen but old configurations still name it.
 */
@RestController
@Tag(name = "Vehicle catalog", description = "Models, trims, colours, packages and accessories (HQ maintains them)")
class VehicleCatalogApi {

	static final String MODELS = "/api/v1/vehicle-models";

	static final String TRIMS = "/api/v1/vehicle-trims";

	static final String OPTIONS = "/api/v1/vehicle-options";

	private final CatalogAdministration catalog;

	VehicleCatalogApi(CatalogAdministration catalog) {
		this.catalog = catalog;
	}

	@GetMapping(MODELS)
	@Operation(summary = "Every model, active or not")
	List<ItemView> models() {
		return list(item -> item.kind() == ChoiceKind.MODEL);
	}

	@GetMapping(MODELS + "/{code}")
	@Operation(summary = "One model, with its ETag")
	ResponseEntity<ItemView> model(@PathVariable String code) {
		return withETag(ResponseEntity.ok(), of(code, ChoiceKind.MODEL));
	}

	@PostMapping(MODELS)
	@Operation(summary = "Add a model (HQ); powertrain ICE, HEV, PHEV, BEV or FCEV")
	ResponseEntity<ItemView> createModel(@RequestBody NewModel body, UriComponentsBuilder uris) {
		CatalogItem item = this.catalog
			.createItem(new ItemDraft(body.code(), ChoiceKind.MODEL.name(), null, body.nameZh(), body.nameEn(),
					body.powertrain(), body.bodyType(), null, active(body.active()), order(body.sortOrder())));
		return withETag(ResponseEntity.created(uris.path(MODELS + "/{code}").build(item.code())), item);
	}

	@PutMapping(MODELS + "/{code}")
	@Operation(summary = "Change a model (HQ); send its ETag in If-Match")
	ResponseEntity<ItemView> updateModel(@PathVariable String code,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody ModelChange body) {
		of(code, ChoiceKind.MODEL);
		long expected = ETags.expectedVersion(ifMatch);
		return withETag(ResponseEntity.ok(),
				this.catalog.updateItem(code, expected, new ItemDraft(null, null, null, body.nameZh(), body.nameEn(),
						body.powertrain(), body.bodyType(), null, active(body.active()), order(body.sortOrder()))));
	}

	@GetMapping(TRIMS)
	@Operation(summary = "The trims of every model, or of one (?model=E5)")
	List<ItemView> trims(@RequestParam(required = false) @Nullable String model) {
		String modelCode = model == null ? null : model.strip().toUpperCase(Locale.ROOT);
		return list(
				item -> item.kind() == ChoiceKind.TRIM && (modelCode == null || modelCode.equals(item.modelCode())));
	}

	@GetMapping(TRIMS + "/{code}")
	@Operation(summary = "One trim, with its ETag")
	ResponseEntity<ItemView> trim(@PathVariable String code) {
		return withETag(ResponseEntity.ok(), of(code, ChoiceKind.TRIM));
	}

	@PostMapping(TRIMS)
	@Operation(summary = "Add a trim to a model (HQ); price it with POST /api/v1/vehicle-prices")
	ResponseEntity<ItemView> createTrim(@RequestBody NewTrim body, UriComponentsBuilder uris) {
		CatalogItem item = this.catalog.createItem(new ItemDraft(body.code(), ChoiceKind.TRIM.name(), body.modelCode(),
				body.nameZh(), body.nameEn(), null, null, null, active(body.active()), order(body.sortOrder())));
		return withETag(ResponseEntity.created(uris.path(TRIMS + "/{code}").build(item.code())), item);
	}

	@PutMapping(TRIMS + "/{code}")
	@Operation(summary = "Change a trim (HQ); send its ETag in If-Match")
	ResponseEntity<ItemView> updateTrim(@PathVariable String code,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody ItemChange body) {
		of(code, ChoiceKind.TRIM);
		long expected = ETags.expectedVersion(ifMatch);
		return withETag(ResponseEntity.ok(), this.catalog.updateItem(code, expected, new ItemDraft(null, null, null,
				body.nameZh(), body.nameEn(), null, null, null, active(body.active()), order(body.sortOrder()))));
	}

	@GetMapping(OPTIONS)
	@Operation(summary = "Colours, packages and accessories, or one kind of them"
			+ " (?kind=EXTERIOR_COLOUR, INTERIOR_COLOUR, PACKAGE or ACCESSORY)")
	List<ItemView> options(@RequestParam(required = false) @Nullable ChoiceKind kind) {
		return list(item -> item.kind().option() && (kind == null || item.kind() == kind));
	}

	@GetMapping(OPTIONS + "/{code}")
	@Operation(summary = "One option, with its ETag")
	ResponseEntity<ItemView> option(@PathVariable String code) {
		return withETag(ResponseEntity.ok(), optionItem(code));
	}

	@PostMapping(OPTIONS)
	@Operation(summary = "Add a colour, package or accessory (HQ)")
	ResponseEntity<ItemView> createOption(@RequestBody NewOption body, UriComponentsBuilder uris) {
		if (body.kind() != null && !body.kind().isBlank() && !optionKind(body.kind())) {
			throw ProblemException.validation("kind", "must be EXTERIOR_COLOUR, INTERIOR_COLOUR, PACKAGE or ACCESSORY");
		}
		CatalogItem item = this.catalog.createItem(new ItemDraft(body.code(), body.kind(), null, body.nameZh(),
				body.nameEn(), null, null, body.colourHex(), active(body.active()), order(body.sortOrder())));
		return withETag(ResponseEntity.created(uris.path(OPTIONS + "/{code}").build(item.code())), item);
	}

	@PutMapping(OPTIONS + "/{code}")
	@Operation(summary = "Change an option (HQ); send its ETag in If-Match")
	ResponseEntity<ItemView> updateOption(@PathVariable String code,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody OptionChange body) {
		optionItem(code);
		long expected = ETags.expectedVersion(ifMatch);
		return withETag(ResponseEntity.ok(),
				this.catalog.updateItem(code, expected, new ItemDraft(null, null, null, body.nameZh(), body.nameEn(),
						null, null, body.colourHex(), active(body.active()), order(body.sortOrder()))));
	}

	private List<ItemView> list(Predicate<CatalogItem> filter) {
		return this.catalog.items().stream().filter(filter).map(ItemView::of).toList();
	}

	private CatalogItem of(String code, ChoiceKind kind) {
		CatalogItem item = this.catalog.item(code);
		if (item.kind() != kind) {
			throw ProblemException.notFound(kind == ChoiceKind.MODEL ? "Model" : "Trim", code);
		}
		return item;
	}

	private CatalogItem optionItem(String code) {
		CatalogItem item = this.catalog.item(code);
		if (!item.kind().option()) {
			throw ProblemException.notFound("Option", code);
		}
		return item;
	}

	private static boolean optionKind(String kind) {
		try {
			return ChoiceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)).option();
		}
		catch (IllegalArgumentException ex) {
			return true; // the administration names the valid kinds
		}
	}

	private static boolean active(@Nullable Boolean active) {
		return active == null || active;
	}

	private static int order(@Nullable Integer sortOrder) {
		return sortOrder == null ? 0 : sortOrder;
	}

	private static ResponseEntity<ItemView> withETag(ResponseEntity.BodyBuilder response, CatalogItem item) {
		return response.eTag(ETags.of(item.version())).body(ItemView.of(item));
	}

	/** A new model; {@code active} defaults to true, {@code sortOrder} to 0. */
	record NewModel(@Nullable String code, @Nullable String nameZh, @Nullable String nameEn,
			@Nullable String powertrain, @Nullable String bodyType, @Nullable Boolean active,
			@Nullable Integer sortOrder) {
	}

	record ModelChange(@Nullable String nameZh, @Nullable String nameEn, @Nullable String powertrain,
			@Nullable String bodyType, @Nullable Boolean active, @Nullable Integer sortOrder) {
	}

	record NewTrim(@Nullable String code, @Nullable String modelCode, @Nullable String nameZh, @Nullable String nameEn,
			@Nullable Boolean active, @Nullable Integer sortOrder) {
	}

	record ItemChange(@Nullable String nameZh, @Nullable String nameEn, @Nullable Boolean active,
			@Nullable Integer sortOrder) {
	}

	record NewOption(@Nullable String code, @Nullable String kind, @Nullable String nameZh, @Nullable String nameEn,
			@Nullable String colourHex, @Nullable Boolean active, @Nullable Integer sortOrder) {
	}

	record OptionChange(@Nullable String nameZh, @Nullable String nameEn, @Nullable String colourHex,
			@Nullable Boolean active, @Nullable Integer sortOrder) {
	}

}
