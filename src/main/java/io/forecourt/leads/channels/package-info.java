/**
 * Lead channels: media platforms (Autohome, Yiche, Douyin, Tencent ads, ...) that push
 * leads to a signed webhook. HQ configures each channel as data: its secret, its replay
 * window and how its payload maps onto a lead. A delivery is verified (HMAC-SHA256 over
 * timestamp, nonce and body), checked against replays, mapped and captured as the
 * channel.
 */
@NullMarked
package io.forecourt.leads.channels;

import org.jspecify.annotations.NullMarked;
