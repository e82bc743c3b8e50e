/**
 * Presale campaigns: what is on sale (configurations and their caps), the quota, the
 * window, the deposit and its payment window, the per-person limit and the regions,
 * created by HQ. Creating one writes its quota as rows (one per unit), which is what the
 * reservations claim.
 */
@NullMarked
package io.forecourt.presale.campaigns;

import org.jspecify.annotations.NullMarked;
