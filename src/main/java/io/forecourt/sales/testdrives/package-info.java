/**
 * Test drives: each dealer's fleet of test-drive cars, the slots derived from its opening
 * hours, cars and consultants, bookings from the brand app and the showroom, reminders,
 * check-in, no-shows and the consultant's feedback, which moves the linked lead on.
 */
@NullMarked
package io.forecourt.sales.testdrives;

import org.jspecify.annotations.NullMarked;
