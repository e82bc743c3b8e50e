package io.forecourt.sales.payments;

import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.RefundView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments as the signed-in caller may see them: a dealer's staff their dealer's, a
 * region its dealers', headquarters all (payments without a dealer, such as presale
 * deposits to the maker, only headquarters). Anything else is a 404, recorded as a denial
 * when it exists.
 */
@Service
public class PaymentQueries {

	private final PaymentRecords records;

	private final RegionDirectory regions;

	private final AuditLog audit;

	PaymentQueries(PaymentRecords records, RegionDirectory regions, AuditLog audit) {
		this.records = records;
		this.regions = regions;
		this.audit = audit;
	}

	/**
	 * @throws ProblemException 404 when it does not exist or is out of scope
	 */
	@Transactional(readOnly = true)
	public PaymentDetails visible(UUID paymentId) {
		StoredPayment payment = this.records
			.findVisible(paymentId, ScopePredicate.ofDealer(CurrentAccess.scope(), "dealer_id", this.regions))
			.orElseThrow(
					() -> this.audit.notFound(ProviderPayments.PAYMENT, paymentId, this.records.exists(paymentId)));
		return new PaymentDetails(payment.view(), payment.customerId(), payment.dealerId(), payment.currency(),
				payment.description(), payment.failureReason(),
				this.records.refundsOf(paymentId).stream().map(StoredRefund::view).toList());
	}

	/**
	 * @throws ProblemException 404 when the payment is not visible or has no such refund
	 */
	@Transactional(readOnly = true)
	public RefundView visibleRefund(UUID paymentId, UUID refundId) {
		return visible(paymentId).refunds()
			.stream()
			.filter(refund -> refund.id().equals(refundId))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("Refund", refundId));
	}

}
