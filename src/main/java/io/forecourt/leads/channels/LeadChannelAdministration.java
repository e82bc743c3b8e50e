package io.forecourt.leads.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.identity.PersonalDataProtection;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HQ's maintenance of lead channels. A channel's settings decide which leads the whole
 * network gets, and its secret lets anyone holding it create leads, so reading and
 * changing channels both need {@code LEAD_RULES_WRITE}. Every change is audited; secrets
 * never appear in the audit log or in any answer but the one that issues them.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('PERM_LEAD_RULES_WRITE')")
public class LeadChannelAdministration {

	static final String RESOURCE = "lead-channel";

	private final LeadChannels channels;

	private final PersonalDataProtection protection;

	private final AuditLog audit;

	private final Clock clock;

	LeadChannelAdministration(LeadChannels channels, PersonalDataProtection protection, AuditLog audit, Clock clock) {
		this.channels = channels;
		this.protection = protection;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What HQ sets on a channel; validated here, so every path in gets the same checks.
	 */
	public record Settings(@Nullable String displayName, @Nullable Boolean active,
			@Nullable Integer replayWindowSeconds, @Nullable Map<String, @Nullable FieldRule> fieldMapping) {
	}

	@Transactional(readOnly = true)
	public Page<LeadChannel> list(PageRequest page) {
		return Page.of(this.channels.page(page), page, this.channels.count());
	}

	@Transactional(readOnly = true)
	public LeadChannel channel(String code) {
		return this.channels.find(code)
			.map(LeadChannels.Stored::channel)
			.orElseThrow(() -> ProblemException.notFound("Lead channel", code));
	}

	/** Creates a channel with a new secret, returned this once. */
	public IssuedChannelSecret create(@Nullable String code, Settings settings) {
		FieldErrors errors = new FieldErrors();
		if (code == null || !LeadChannel.CODE.matcher(code).matches()) {
			errors.reject("code", "must be 2 to 40 of a-z, 0-9 and '-', starting with a letter or digit");
		}
		Valid valid = checked(settings, errors);
		if (this.channels.find(Objects.requireNonNull(code)).isPresent()) {
			throw ProblemException.duplicate("code", code);
		}
		Instant now = this.clock.instant();
		ChannelSecret secret = ChannelSecret.generate();
		LeadChannel channel = new LeadChannel(code, valid.displayName(), valid.active(), valid.replayWindow(),
				valid.mapping(), secret.hint(), now, false, 0, now, now);
		try {
			this.channels.insert(channel, this.protection.encrypt(secret.value()));
		}
		catch (DuplicateKeyException ex) {
			// created concurrently; this transaction is rolled back with the answer
			throw ProblemException.duplicate("code", code);
		}
		this.audit.recordChange(AuditAction.CREATE, RESOURCE, code, describe(channel));
		return new IssuedChannelSecret(channel, secret.value());
	}

	/** Replaces a channel's settings (not its secret) made on top of a version. */
	public LeadChannel update(String code, long expectedVersion, Settings settings) {
		LeadChannel current = channel(code);
		Valid valid = checked(settings, new FieldErrors());
		LeadChannel changed = new LeadChannel(code, valid.displayName(), valid.active(), valid.replayWindow(),
				valid.mapping(), current.secretHint(), current.secretRotatedAt(), current.demo(), expectedVersion + 1,
				current.createdAt(), this.clock.instant());
		this.channels.update(changed, expectedVersion);
		this.audit.recordChange(AuditAction.UPDATE, RESOURCE, code, describe(changed));
		return changed;
	}

	/**
	 * Issues a new secret at once: deliveries signed with the old one are refused from
	 * now on, so agree the moment with the channel's integrator.
	 */
	public IssuedChannelSecret rotateSecret(String code) {
		channel(code);
		ChannelSecret secret = ChannelSecret.generate();
		this.channels.replaceSecret(code, this.protection.encrypt(secret.value()), secret.hint(), this.clock.instant());
		this.audit.recordChange(AuditAction.UPDATE, RESOURCE, code, "secret rotated, now " + secret.hint());
		return new IssuedChannelSecret(channel(code), secret.value());
	}

	private record Valid(String displayName, boolean active, Duration replayWindow, FieldMapping mapping) {
	}

	/**
	 * The checked settings.
	 * @throws ProblemException naming every invalid field, including those already in
	 * errors
	 */
	private static Valid checked(Settings settings, FieldErrors errors) {
		Valid valid = validate(settings, errors);
		errors.throwIfAny();
		return Objects.requireNonNull(valid);
	}

	/** The checked settings, or null after recording every problem in errors. */
	private static @Nullable Valid validate(Settings settings, FieldErrors errors) {
		String name = settings.displayName() == null ? "" : settings.displayName().strip();
		if (name.isEmpty() || name.length() > 100) {
			errors.reject("displayName", "must have 1 to 100 characters");
		}
		if (settings.active() == null) {
			errors.reject("active", "is required");
		}
		Duration window = settings.replayWindowSeconds() == null ? LeadChannel.DEFAULT_REPLAY_WINDOW
				: Duration.ofSeconds(settings.replayWindowSeconds());
		if (window.compareTo(LeadChannel.MIN_REPLAY_WINDOW) < 0
				|| window.compareTo(LeadChannel.MAX_REPLAY_WINDOW) > 0) {
			errors.reject("replayWindowSeconds", "must be between " + LeadChannel.MIN_REPLAY_WINDOW.toSeconds()
					+ " and " + LeadChannel.MAX_REPLAY_WINDOW.toSeconds());
		}
		FieldMapping mapping = FieldMapping.validate(settings.fieldMapping(), "fieldMapping", errors);
		if (errors.hasErrors() || mapping == null || settings.active() == null) {
			return null;
		}
		return new Valid(name, settings.active(), window, mapping);
	}

	private static String describe(LeadChannel channel) {
		return channel.displayName() + (channel.active() ? "" : " (inactive)") + ", replay window "
				+ channel.replayWindow().toSeconds() + " s, maps "
				+ String.join(", ", channel.mapping().byName().keySet());
	}

}
