package io.forecourt.leads.capture;

import java.math.BigDecimal;

import io.forecourt.leads.grading.PurchaseTimeframe;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A lead as a channel hands it over. The phone is required but may be invalid: such a
 * lead is kept and flagged, not rejected.
 *
 * @param brand the brand the lead is for; the configured default when absent
 * @param rawPayload the channel's request exactly as received
 */
public record CaptureRequest(@NotBlank @Size(max = 60) String channel, @Nullable @Size(max = 60) String brand,
		@Nullable @Size(max = 200) String campaign, @Nullable @Size(max = 200) String utmSource,
		@Nullable @Size(max = 200) String utmMedium, @Nullable @Size(max = 200) String utmCampaign,
		@Nullable @Size(max = 200) String utmContent, @Nullable @Size(max = 200) String utmTerm,
		@Nullable @Size(max = 100) String name, @NotBlank @Size(max = 60) String phone,
		@Nullable @Size(max = 200) String email, @Nullable @Size(max = 128) String wechatUnionId,
		@Nullable @Size(max = 100) String modelOfInterest,
		@Nullable @Pattern(regexp = "\\d{6}", message = "a six-digit GB/T 2260 code") String cityCode,
		@Nullable PurchaseTimeframe purchaseTimeframe, boolean testDriveRequested,
		@Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal budget, boolean consentMarketing,
		@Nullable @Size(max = 100_000) String rawPayload) {

	PurchaseTimeframe timeframe() {
		return this.purchaseTimeframe == null ? PurchaseTimeframe.UNKNOWN : this.purchaseTimeframe;
	}

}
