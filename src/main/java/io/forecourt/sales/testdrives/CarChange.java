package io.forecourt.sales.testdrives;

import org.jspecify.annotations.Nullable;

/**
 * A manager's change to a fleet car: its status, its plate, or both (a field left out
 * stays as it is).
 *
 * @param status {@code ACTIVE}, {@code MAINTENANCE} or {@code RETIRED}
 * @param plate a new plate; the car's current plate when absent
 */
public record CarChange(@Nullable String status, @Nullable String plate) {
}
