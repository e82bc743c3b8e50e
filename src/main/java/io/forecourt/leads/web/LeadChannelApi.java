package io.forecourt.leads.web;

import java.time.Instant;
import java.util.Map;

import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.leads.channels.FieldRule;
import io.forecourt.leads.channels.IssuedChannelSecret;
import io.forecourt.leads.channels.LeadChannel;
import io.forecourt.leads.channels.LeadChannelAdministration;
import io.forecourt.leads.channels.LeadChannelAdministration.Settings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * HQ's configuration of lead channels: who may push leads to a webhook, with which
 * secret, and how their payloads map onto a lead. Validation lives in
 * {@link LeadChannelAdministration}, which names every invalid field at once.
 */
@RestController
@Tag(name = "Lead channels", description = "Media platforms that push leads to signed webhooks, and their mappings")
class LeadChannelApi {

	private static final String CHANNELS = "/api/v1/lead-channels";

	private final LeadChannelAdministration channels;

	LeadChannelApi(LeadChannelAdministration channels) {
		this.channels = channels;
	}

	@GetMapping(CHANNELS)
	@Operation(summary = "All lead channels, by code (HQ); secrets are never shown, only their first characters")
	Page<ChannelView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.channels.list(new PageRequest(page, size)).map(ChannelView::of);
	}

	@GetMapping(CHANNELS + "/{code}")
	@Operation(summary = "One lead channel with its field mapping and ETag (HQ)")
	ResponseEntity<ChannelView> get(@PathVariable String code) {
		LeadChannel channel = this.channels.channel(code);
		return ResponseEntity.ok().eTag(ETags.of(channel.version())).body(ChannelView.of(channel));
	}

	@PostMapping(CHANNELS)
	@Operation(summary = "Add a lead channel (HQ); the answer carries its webhook secret, shown this once")
	ResponseEntity<IssuedView> create(@RequestBody NewChannel body, UriComponentsBuilder uris) {
		IssuedChannelSecret issued = this.channels.create(body.code(),
				new Settings(body.displayName(), body.active(), body.replayWindowSeconds(), body.fieldMapping()));
		return ResponseEntity.created(uris.path(CHANNELS + "/{code}").build(issued.channel().code()))
			.eTag(ETags.of(issued.channel().version()))
			.body(IssuedView.of(issued));
	}

	@PutMapping(CHANNELS + "/{code}")
	@Operation(summary = "Replace a channel's name, active flag, replay window and field mapping (HQ);"
			+ " send its ETag in If-Match")
	ResponseEntity<ChannelView> update(@PathVariable String code,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody Settings body) {
		long expected = ETags.expectedVersion(ifMatch);
		LeadChannel channel = this.channels.update(code, expected, body);
		return ResponseEntity.ok().eTag(ETags.of(channel.version())).body(ChannelView.of(channel));
	}

	@PostMapping(CHANNELS + "/{code}/secret")
	@Operation(summary = "Issue a new webhook secret at once (HQ); the old one stops working; shown this once")
	ResponseEntity<IssuedView> rotateSecret(@PathVariable String code) {
		IssuedChannelSecret issued = this.channels.rotateSecret(code);
		return ResponseEntity.ok().eTag(ETags.of(issued.channel().version())).body(IssuedView.of(issued));
	}

	/**
	 * @param replayWindowSeconds how far a delivery's timestamp may be from the server
	 * clock (30 to 3600; 300 when left out)
	 * @param fieldMapping lead field name to rule: {@code {"phone": {"path":
	 * "/user/mobile"}, "testDriveRequested": {"path": "/clue/td", "values": {"1":
	 * "true"}, "default": "false"}}}
	 */
	record NewChannel(@Nullable String code, @Nullable String displayName, @Nullable Boolean active,
			@Nullable Integer replayWindowSeconds, @Nullable Map<String, @Nullable FieldRule> fieldMapping) {
	}

	record ChannelView(String code, String displayName, boolean active, long replayWindowSeconds,
			Map<String, FieldRule> fieldMapping, String webhookPath, String secretHint, Instant secretRotatedAt,
			boolean demo, long version, Instant createdAt, Instant updatedAt) {

		static ChannelView of(LeadChannel channel) {
			return new ChannelView(channel.code(), channel.displayName(), channel.active(),
					channel.replayWindow().toSeconds(), channel.mapping().byName(), channel.webhookPath(),
					channel.secretHint(), channel.secretRotatedAt(), channel.demo(), channel.version(),
					channel.createdAt(), channel.updatedAt());
		}

	}

	/** A channel and its new secret; the only answer that ever carries the secret. */
	record IssuedView(ChannelView channel, String secret) {

		static IssuedView of(IssuedChannelSecret issued) {
			return new IssuedView(ChannelView.of(issued.channel()), issued.secret());
		}

	}

}
