package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HQ's maintenance of the quote cost tables. Everyone who sells may read them
 * ({@code SALES_READ}); only HQ changes them ({@code CATALOG_WRITE}). A change is checked
 * field by field (all problems in one answer, nothing written), must not overlap another
 * row of the same key in time, and is audited.
 */
@Service
@Transactional
public class CostTableAdministration {

	static final String PURCHASE_TAX_RULE = "purchase-tax-rule";

	static final String REGISTRATION_FEE = "registration-fee";

	static final String INSURANCE_RATE = "insurance-rate";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final PurchaseTaxRules taxRules;

	private final RegistrationFees registrationFees;

	private final InsuranceRates insuranceRates;

	private final CostTableLocks locks;

	private final AuditLog audit;

	private final Clock clock;

	CostTableAdministration(PurchaseTaxRules taxRules, RegistrationFees registrationFees, InsuranceRates insuranceRates,
			CostTableLocks locks, AuditLog audit, Clock clock) {
		this.taxRules = taxRules;
		this.registrationFees = registrationFees;
		this.insuranceRates = insuranceRates;
		this.locks = locks;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public List<PurchaseTaxRule> purchaseTaxRules() {
		return this.taxRules.findAll();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public PurchaseTaxRule purchaseTaxRule(UUID id) {
		return this.taxRules.find(id).orElseThrow(() -> ProblemException.notFound("Purchase tax rule", id));
	}

	@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
	public PurchaseTaxRule createPurchaseTaxRule(PurchaseTaxRuleInput input) {
		PurchaseTaxRule rule = purchaseTaxRule(UUID.randomUUID(), input, 0);
		this.locks.lock(CostTableLocks.PURCHASE_TAX);
		checkNoOverlap(rule.id(), rule.validity(),
				this.taxRules.findAll().stream().map(r -> span(r.id(), r.validity())));
		this.taxRules.insert(rule);
		this.audit.recordChange(AuditAction.CREATE, PURCHASE_TAX_RULE, rule.id(), describe(rule));
		return rule;
	}

	@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
	public PurchaseTaxRule updatePurchaseTaxRule(UUID id, long expectedVersion, PurchaseTaxRuleInput input) {
		purchaseTaxRule(id);
		PurchaseTaxRule rule = purchaseTaxRule(id, input, expectedVersion + 1);
		this.locks.lock(CostTableLocks.PURCHASE_TAX);
		checkNoOverlap(id, rule.validity(), this.taxRules.findAll().stream().map(r -> span(r.id(), r.validity())));
		this.taxRules.update(rule, expectedVersion);
		this.audit.recordChange(AuditAction.UPDATE, PURCHASE_TAX_RULE, id, describe(rule));
		return rule;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public List<RegistrationFee> registrationFees() {
		return this.registrationFees.findAll();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public RegistrationFee registrationFee(UUID id) {
		return this.registrationFees.find(id).orElseThrow(() -> ProblemException.notFound("Registration fee", id));
	}

	@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
	public RegistrationFee createRegistrationFee(RegistrationFeeInput input) {
		FieldErrors errors = new FieldErrors();
		CityCode city = input.cityCode() == null || input.cityCode().isBlank() ? null
				: errors.attempt("cityCode", () -> new CityCode(input.cityCode().strip()));
		RegistrationFee fee = registrationFee(errors, UUID.randomUUID(), city, input, 0);
		saveRegistrationFee(fee, null);
		return fee;
	}

	@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
	public RegistrationFee updateRegistrationFee(UUID id, long expectedVersion, RegistrationFeeInput input) {
		RegistrationFee current = registrationFee(id);
		FieldErrors errors = new FieldErrors();
		String asked = input.cityCode() == null || input.cityCode().isBlank() ? null : input.cityCode().strip();
		if (!Objects.equals(asked, current.city() == null ? null : current.city().value())) {
			errors.reject("cityCode", "cannot change; add a row for the other city instead");
		}
		RegistrationFee fee = registrationFee(errors, id, current.city(), input, expectedVersion + 1);
		saveRegistrationFee(fee, expectedVersion);
		return fee;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public List<InsuranceRate> insuranceRates() {
		return this.insuranceRates.findAll();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public InsuranceRate insuranceRate(UUID id) {
		return this.insuranceRates.find(id).orElseThrow(() -> ProblemException.notFound("Insurance rate", id));
	}

	@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
	public InsuranceRate createInsuranceRate(InsuranceRateInput input) {
		InsuranceRate rate = insuranceRate(UUID.randomUUID(), input, 0);
		saveInsuranceRate(rate, null);
		return rate;
	}

	@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
	public InsuranceRate updateInsuranceRate(UUID id, long expectedVersion, InsuranceRateInput input) {
		insuranceRate(id);
		InsuranceRate rate = insuranceRate(id, input, expectedVersion + 1);
		saveInsuranceRate(rate, expectedVersion);
		return rate;
	}

	private PurchaseTaxRule purchaseTaxRule(UUID id, PurchaseTaxRuleInput input, long version) {
		FieldErrors errors = new FieldErrors();
		ValidityPeriod validity = validity(errors, input.validFrom(), input.validTo());
		BigDecimal taxRate = percent(errors, "taxRatePercent", input.taxRatePercent());
		BigDecimal vatRate = percent(errors, "vatRatePercent", input.vatRatePercent());
		NevRelief relief = errors.attempt("nevRelief", () -> relief(input.nevRelief()));
		BigDecimal cap = input.nevReliefCap();
		if (cap != null) {
			money(errors, "nevReliefCap", cap);
			if (relief == NevRelief.NONE) {
				errors.reject("nevReliefCap", "only applies to a relief (EXEMPT or HALF)");
			}
		}
		String basis = text(errors, "legalBasis", input.legalBasis());
		errors.throwIfAny();
		return new PurchaseTaxRule(id, validity, taxRate, vatRate, relief, cap == null ? null : cap.setScale(2), basis,
				version, this.clock.instant());
	}

	private RegistrationFee registrationFee(FieldErrors errors, UUID id, @Nullable CityCode city,
			RegistrationFeeInput input, long version) {
		BigDecimal amount = money(errors, "amount", input.amount());
		String description = text(errors, "description", input.description());
		ValidityPeriod validity = validity(errors, input.validFrom(), input.validTo());
		errors.throwIfAny();
		return new RegistrationFee(id, city, amount, description, validity, version, this.clock.instant());
	}

	private void saveRegistrationFee(RegistrationFee fee, @Nullable Long expectedVersion) {
		this.locks.lock(CostTableLocks.REGISTRATION);
		checkNoOverlap(fee.id(), fee.validity(),
				this.registrationFees.findAll()
					.stream()
					.filter(other -> Objects.equals(other.city(), fee.city()))
					.map(other -> span(other.id(), other.validity())));
		if (expectedVersion == null) {
			this.registrationFees.insert(fee);
		}
		else {
			this.registrationFees.update(fee, expectedVersion);
		}
		this.audit.recordChange(expectedVersion == null ? AuditAction.CREATE : AuditAction.UPDATE, REGISTRATION_FEE,
				fee.id(), (fee.city() == null ? "default" : fee.city().value()) + " " + fee.amount().toPlainString()
						+ " yuan " + fee.validity());
	}

	private InsuranceRate insuranceRate(UUID id, InsuranceRateInput input, long version) {
		FieldErrors errors = new FieldErrors();
		Integer min = input.minSeats();
		Integer max = input.maxSeats();
		if (min == null || min < 1 || min > 60) {
			errors.reject("minSeats", "must be between 1 and 60");
		}
		if (max == null || max < 1 || max > 60) {
			errors.reject("maxSeats", "must be between 1 and 60");
		}
		else if (min != null && max < min) {
			errors.reject("maxSeats", "must not be less than minSeats");
		}
		BigDecimal compulsory = money(errors, "compulsoryPremium", input.compulsoryPremium());
		BigDecimal base = money(errors, "commercialBase", input.commercialBase());
		BigDecimal rate = percent(errors, "commercialRatePercent", input.commercialRatePercent());
		String description = text(errors, "description", input.description());
		ValidityPeriod validity = validity(errors, input.validFrom(), input.validTo());
		errors.throwIfAny();
		return new InsuranceRate(id, min, max, compulsory, base, rate, description, validity, version,
				this.clock.instant());
	}

	private void saveInsuranceRate(InsuranceRate rate, @Nullable Long expectedVersion) {
		this.locks.lock(CostTableLocks.INSURANCE);
		checkNoOverlap(rate.id(), rate.validity(),
				this.insuranceRates.findAll()
					.stream()
					.filter(other -> other.minSeats() <= rate.maxSeats() && rate.minSeats() <= other.maxSeats())
					.map(other -> span(other.id(), other.validity())));
		if (expectedVersion == null) {
			this.insuranceRates.insert(rate);
		}
		else {
			this.insuranceRates.update(rate, expectedVersion);
		}
		this.audit.recordChange(expectedVersion == null ? AuditAction.CREATE : AuditAction.UPDATE, INSURANCE_RATE,
				rate.id(),
				rate.minSeats() + "-" + rate.maxSeats() + " seats: " + rate.compulsoryPremium().toPlainString() + " + "
						+ rate.commercialBase().toPlainString() + " + " + rate.commercialRatePercent().toPlainString()
						+ "% " + rate.validity());
	}

	private record Span(UUID id, ValidityPeriod validity) {
	}

	private static Span span(UUID id, ValidityPeriod validity) {
		return new Span(id, validity);
	}

	/** Rejects a row whose days overlap another row of the same key. */
	private static void checkNoOverlap(UUID id, ValidityPeriod validity, java.util.stream.Stream<Span> others) {
		others.filter(other -> !other.id().equals(id) && other.validity().overlaps(validity))
			.findFirst()
			.ifPresent(other -> {
				throw ProblemException.validation("validFrom",
						"overlaps " + other.validity() + " of row " + other.id() + "; end that row first");
			});
	}

	private static @Nullable ValidityPeriod validity(FieldErrors errors, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		if (from == null) {
			errors.reject("validFrom", "is required");
			return null;
		}
		return errors.attempt("validTo", () -> new ValidityPeriod(from, to));
	}

	private static @Nullable BigDecimal percent(FieldErrors errors, String field, @Nullable BigDecimal value) {
		if (value == null) {
			errors.reject(field, "is required");
			return null;
		}
		if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 4) {
			errors.reject(field, "must be a percentage between 0 and 100 with at most 4 decimals");
			return null;
		}
		return value;
	}

	private static @Nullable BigDecimal money(FieldErrors errors, String field, @Nullable BigDecimal value) {
		if (value == null) {
			errors.reject(field, "is required");
			return null;
		}
		if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2
				|| value.compareTo(FinanceRequest.MAX_PRICE) > 0) {
			errors.reject(field, "must be yuan between 0 and " + FinanceRequest.MAX_PRICE.toPlainString()
					+ " with at most 2 decimals");
			return null;
		}
		return value.setScale(2);
	}

	private static @Nullable String text(FieldErrors errors, String field, @Nullable String value) {
		if (value == null || value.isBlank() || value.strip().length() > 200) {
			errors.reject(field, "must be 1 to 200 characters");
			return null;
		}
		return value.strip();
	}

	private static NevRelief relief(@Nullable String value) {
		if (value == null) {
			throw new IllegalArgumentException("is required");
		}
		try {
			return NevRelief.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("must be one of " + Arrays.toString(NevRelief.values()));
		}
	}

	private static String describe(PurchaseTaxRule rule) {
		return rule.validity() + " " + rule.taxRatePercent().toPlainString() + "% of price / (1 + "
				+ rule.vatRatePercent().toPlainString() + "%), NEV " + rule.nevRelief()
				+ (rule.nevReliefCap() == null ? "" : " cap " + rule.nevReliefCap().toPlainString()) + " — "
				+ rule.legalBasis();
	}

}
