package io.forecourt.sales.payments.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.idempotency.Idempotent;
import io.forecourt.kernel.idempotency.IdempotencyHeaders;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.PaymentStatus;
import io.forecourt.sales.Payments;
import io.forecourt.sales.RefundView;
import io.forecourt.sales.payments.PaymentDetails;
import io.forecourt.sales.payments.PaymentQueries;
import io.forecourt.sales.payments.RefundRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Payments as dealer staff and HQ see them, and refunds. Payments are opened by the
 * modules that take money (order deposits, presale reservations) through the payment
 * port; their outcome comes from the provider's callback.
 */
@RestController
@Tag(name = "Payments", description = "Deposits and refunds through the payment provider")
class PaymentApi {

	private final PaymentQueries queries;

	private final Payments payments;

	PaymentApi(PaymentQueries queries, Payments payments) {
		this.queries = queries;
		this.payments = payments;
	}

	@GetMapping("/api/v1/payments/{id}")
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	@Operation(summary = "One payment with its refunds; status PENDING until the provider's callback says"
			+ " SUCCEEDED or FAILED. 404 outside your scope.")
	PaymentResponse payment(@PathVariable UUID id) {
		return PaymentResponse.of(this.queries.visible(id));
	}

	@GetMapping("/api/v1/payments/{id}/refunds/{refundId}")
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	@Operation(summary = "One refund of a payment; PENDING until the provider's callback")
	RefundView refund(@PathVariable UUID id, @PathVariable UUID refundId) {
		return this.queries.visibleRefund(id, refundId);
	}

	@PostMapping("/api/v1/payments/{id}/refunds")
	@PreAuthorize("hasAuthority('PERM_SALES_MANAGE')")
	@Idempotent
	@Operation(summary = "Ask the provider to refund part or all of a succeeded payment (dealer manager, HQ)."
			+ " 201 with the refund, PENDING until the provider confirms (then PaymentRefunded). 409 (conflict)"
			+ " if the payment has not succeeded; 400 if the amount exceeds what is left to refund (refunds"
			+ " asked for and made count).")
	ResponseEntity<RefundView> askRefund(@PathVariable UUID id,
			@Parameter(hidden = true) @RequestHeader(IdempotencyHeaders.KEY) String idempotencyKey,
			@Valid @RequestBody RefundRequest request, UriComponentsBuilder uris) {
		this.queries.visible(id);
		RefundView refund;
		try {
			refund = this.payments.refund(id, request.amount(), request.reason(), idempotencyKey);
		}
		catch (RefundRefused ex) {
			throw switch (ex.reason()) {
				case NOT_SUCCEEDED -> new ProblemException(ProblemType.CONFLICT, ex.getMessage());
				case EXCEEDS_REMAINING -> ProblemException.validation("amount", ex.getMessage());
			};
		}
		return ResponseEntity.created(uris.path("/api/v1/payments/{id}/refunds/{refundId}").build(id, refund.id()))
			.body(refund);
	}

	/**
	 * @param amount yuan, two decimals at most
	 */
	record RefundRequest(@NotNull @DecimalMin(value = "0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
			@NotBlank @Size(max = 500) String reason) {
	}

	/**
	 * A payment as the API shows it.
	 *
	 * @param checkoutUrl where the payer pays, while PENDING
	 */
	record PaymentResponse(UUID id, String purpose, UUID reference, @Nullable UUID customerId, @Nullable UUID dealerId,
			BigDecimal amount, BigDecimal refunded, String currency, String description, PaymentStatus status,
			String provider, @Nullable String checkoutUrl, @Nullable String failureReason, Instant createdAt,
			@Nullable Instant paidAt, List<RefundView> refunds) {

		static PaymentResponse of(PaymentDetails details) {
			var payment = details.payment();
			return new PaymentResponse(payment.id(), payment.purpose(), payment.reference(), details.customerId(),
					details.dealerId(), payment.amount(), payment.refunded(), details.currency(), details.description(),
					payment.status(), payment.provider(), payment.checkoutUrl(), details.failureReason(),
					payment.createdAt(), payment.paidAt(), details.refunds());
		}

	}

}
