package io.forecourt.leads.channels;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.forecourt.kernel.identity.PersonalDataProtection;
import io.forecourt.kernel.web.FieldErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds four demo channels (Autohome, Yiche, Douyin, Tencent ads) on the first start of
 * the embedded default, each with a payload shape of its own ({@value #DEFINITIONS}) and
 * the published secret {@link #demoSecret(String)}, so the README's curl example works.
 * They are marked demo: production never runs this and refuses to start while one exists.
 */
@Component
@Order(300)
@ConditionalOnBooleanProperty("forecourt.demo.enabled")
class DemoLeadChannelsSeeder implements ApplicationRunner {

	static final String DEFINITIONS = "leads/demo-lead-channels.json";

	private static final Logger log = LoggerFactory.getLogger(DemoLeadChannelsSeeder.class);

	private static final int SECRET_LENGTH = 48;

	private final LeadChannels channels;

	private final PersonalDataProtection protection;

	private final JsonMapper json;

	private final Clock clock;

	DemoLeadChannelsSeeder(LeadChannels channels, PersonalDataProtection protection, JsonMapper json, Clock clock) {
		this.channels = channels;
		this.protection = protection;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * E.g. {@code fcwh_demo_autohome_00000000000000000000000000000}: published, never
	 * secret.
	 */
	static String demoSecret(String code) {
		String start = ChannelSecret.PREFIX + "demo_" + code + "_";
		return start + "0".repeat(SECRET_LENGTH - start.length());
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (this.channels.count() > 0) {
			return;
		}
		Instant now = this.clock.instant();
		List<DemoChannel> demo = definitions();
		for (DemoChannel definition : demo) {
			ChannelSecret secret = new ChannelSecret(demoSecret(definition.code()));
			LeadChannel channel = new LeadChannel(definition.code(), definition.displayName(), true,
					LeadChannel.DEFAULT_REPLAY_WINDOW, mapping(definition), secret.hint(), now, true, 0, now, now);
			this.channels.insert(channel, this.protection.encrypt(secret.value()));
		}
		log.info("Seeded {} demo lead channels with published secrets (fcwh_demo_<code>_000...)", demo.size());
	}

	private List<DemoChannel> definitions() throws IOException {
		try (InputStream in = new ClassPathResource(DEFINITIONS).getInputStream()) {
			return this.json.readValue(in, new TypeReference<List<DemoChannel>>() {
			});
		}
	}

	private static FieldMapping mapping(DemoChannel definition) {
		FieldErrors errors = new FieldErrors();
		FieldMapping mapping = FieldMapping.validate(definition.fieldMapping(), "fieldMapping", errors);
		if (mapping == null) {
			throw new IllegalStateException("The demo channel " + definition.code() + " in " + DEFINITIONS
					+ " is invalid: " + errors.problems());
		}
		return mapping;
	}

	private record DemoChannel(String code, String displayName, Map<String, FieldRule> fieldMapping) {
	}

}
