/**
 * First-contact SLAs: the window per grade, the breach detection job, manager alerts and
 * the reclaim of leads whose dealer breached twice (线索回收).
 */
@NullMarked
package io.forecourt.leads.sla;

import org.jspecify.annotations.NullMarked;
