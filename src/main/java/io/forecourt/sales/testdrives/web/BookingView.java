package io.forecourt.sales.testdrives.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import io.forecourt.sales.testdrives.BookingStatus;
import io.forecourt.sales.testdrives.InterestLevel;
import io.forecourt.sales.testdrives.TestDriveBooking;
import org.jspecify.annotations.Nullable;

/**
 * A test-drive booking as the API shows it: slot times in the dealer's zone with their
 * offset, the rest of the times in UTC.
 */
record BookingView(UUID id, UUID dealerId, UUID carId, UUID consultantId, UUID customerId, @Nullable UUID leadId,
		String modelCode, String trimCode, @Nullable String contactName, @Nullable String phone, String channel,
		@Nullable String note, OffsetDateTime start, OffsetDateTime end, BookingStatus status,
		@Nullable Instant remindedAt, @Nullable Instant checkedInAt, @Nullable Instant completedAt,
		@Nullable Instant cancelledAt, @Nullable String cancelReason, @Nullable Instant noShowAt,
		@Nullable Integer rating, @Nullable InterestLevel interest, @Nullable String comments,
		@Nullable String suggestedGrade, String bookedBy, Instant createdAt, long version) {

	static BookingView of(TestDriveBooking b, ZoneId zone) {
		return new BookingView(b.id(), b.dealerId(), b.carId(), b.consultantId(), b.customerId(), b.leadId(),
				b.modelCode(), b.trimCode(), b.contactName(), b.phoneMasked(), b.channel(), b.note(),
				b.startsAt().atZone(zone).toOffsetDateTime(), b.endsAt().atZone(zone).toOffsetDateTime(), b.status(),
				b.remindedAt(), b.checkedInAt(), b.completedAt(), b.cancelledAt(), b.cancelReason(), b.noShowAt(),
				b.rating(), b.interest(), b.comments(), b.suggestedGrade(), b.bookedBy(), b.createdAt(), b.version());
	}

}
