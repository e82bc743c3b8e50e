package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.Powertrain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a quote adds to the car's price, from the tables HQ maintains: purchase tax,
 * registration and first-year insurance. Each answer names the row it used. Days are
 * China's calendar days ({@code Asia/Shanghai}); the default is today.
 *
 * <p>
 * Purchase tax (车辆购置税法, 财政部 税务总局 工业和信息化部公告2023年第10号): the taxable price is the invoice
 * price without VAT, invoice / (1 + 13%), rounded half up to the fen; the tax is 10% of
 * it, to the fen. A new-energy vehicle ({@link Powertrain#newEnergy()}) bought
 * 2024-01-01..2025-12-31 is exempt up to 30,000 yuan of tax; bought
 * 2026-01-01..2027-12-31 it pays half, the half spared being at most 15,000 yuan. Those
 * figures are rows of {@code sales_purchase_tax_rules}, not code.
 */
@Service
@Transactional(readOnly = true)
public class QuoteCosts {

	/** Purchase dates and validity periods are Chinese calendar days. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final PurchaseTaxRules taxRules;

	private final RegistrationFees registrationFees;

	private final InsuranceRates insuranceRates;

	private final Clock clock;

	QuoteCosts(PurchaseTaxRules taxRules, RegistrationFees registrationFees, InsuranceRates insuranceRates,
			Clock clock) {
		this.taxRules = taxRules;
		this.registrationFees = registrationFees;
		this.insuranceRates = insuranceRates;
		this.clock = clock;
	}

	/** Today in China. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(CHINA));
	}

	/**
	 * The purchase tax of a car bought on {@code purchaseDate} for {@code invoicePrice}
	 * (VAT included).
	 * @throws ProblemException a validation problem when the price is not positive whole
	 * fen or no rule covers the date
	 */
	public PurchaseTax purchaseTax(BigDecimal invoicePrice, Powertrain powertrain, LocalDate purchaseDate) {
		if (invoicePrice.signum() <= 0 || invoicePrice.stripTrailingZeros().scale() > 2) {
			throw ProblemException.validation("invoicePrice", "must be more than 0, in whole fen");
		}
		PurchaseTaxRule rule = this.taxRules.inForceOn(purchaseDate)
			.orElseThrow(() -> ProblemException.validation("purchaseDate",
					"no purchase tax rule covers " + purchaseDate + "; HQ must add one"));
		return PurchaseTaxCalculation.apply(rule, invoicePrice.setScale(2), powertrain);
	}

	/** The registration estimate for a car registered in {@code city} today. */
	public RegistrationEstimate registrationEstimate(CityCode city) {
		return registrationEstimate(city, today());
	}

	/**
	 * The registration estimate for {@code city} on {@code day}: the city's own rate if
	 * it has one in force, the default otherwise.
	 * @throws ProblemException a validation problem when neither covers the day
	 */
	public RegistrationEstimate registrationEstimate(CityCode city, LocalDate day) {
		List<RegistrationFee> inForce = this.registrationFees.findAll()
			.stream()
			.filter(fee -> fee.validity().covers(day))
			.filter(fee -> fee.city() == null || fee.city().equals(city))
			.sorted(Comparator.comparing((RegistrationFee fee) -> fee.city() == null))
			.toList();
		if (inForce.isEmpty()) {
			throw ProblemException.validation("cityCode", "no registration fee covers " + day + "; HQ must add one");
		}
		RegistrationFee fee = inForce.get(0);
		return new RegistrationEstimate(city, fee.amount(), fee.city() != null, fee.id(), fee.description());
	}

	/**
	 * The first-year insurance estimate for a car of {@code seats} seats bought today.
	 */
	public InsuranceEstimate insuranceEstimate(BigDecimal vehiclePrice, int seats) {
		return insuranceEstimate(vehiclePrice, seats, today());
	}

	/**
	 * The first-year insurance estimate: 交强险 of the seat band plus base + rate × price,
	 * rounded half up to the fen.
	 * @throws ProblemException a validation problem when no band covers the seats and day
	 */
	public InsuranceEstimate insuranceEstimate(BigDecimal vehiclePrice, int seats, LocalDate day) {
		if (vehiclePrice.signum() <= 0) {
			throw ProblemException.validation("vehiclePrice", "must be more than 0");
		}
		InsuranceRate rate = this.insuranceRates.findAll()
			.stream()
			.filter(candidate -> candidate.validity().covers(day) && candidate.seats(seats))
			.findFirst()
			.orElseThrow(() -> ProblemException.validation("seats",
					"no insurance rate covers " + seats + " seats on " + day));
		BigDecimal commercial = rate.commercialBase()
			.add(vehiclePrice.multiply(rate.commercialRatePercent()).divide(HUNDRED, MathContext.DECIMAL128))
			.setScale(2, RoundingMode.HALF_UP);
		BigDecimal compulsory = rate.compulsoryPremium().setScale(2);
		return new InsuranceEstimate(vehiclePrice, seats, compulsory, commercial, compulsory.add(commercial), rate.id(),
				rate.description());
	}

}
