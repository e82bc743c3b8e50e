/**
 * Everyone who takes part in a presale, recorded once per campaign in batches (group
 * commit) and handed to the lead center as
 * {@link io.forecourt.presale.PresaleParticipantsJoined}.
 */
@NullMarked
package io.forecourt.presale.participants;

import org.jspecify.annotations.NullMarked;
