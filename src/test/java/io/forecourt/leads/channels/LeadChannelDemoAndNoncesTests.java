package io.forecourt.leads.channels;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.forecourt.kernel.identity.PersonalDataProtection;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo channels carry published secrets, kept encrypted and reported to the
 * production guard; old nonces are purged once no replay could use them.
 */
@SpringBootTest
@ActiveProfiles("test")
class LeadChannelDemoAndNoncesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtection protection;

	@Autowired
	DemoChannelCredentials demoCredentials;

	@Autowired
	ChannelNoncePurge purge;

	@Test
	void fourDemoChannelsAreSeededWithTheirPublishedSecretsEncrypted() {
		assertThat(this.jdbc.sql("SELECT code FROM lead_channels WHERE demo = TRUE ORDER BY code")
			.query(String.class)
			.list()).containsExactly("autohome", "douyin", "tencent-ads", "yiche");
		String stored = this.jdbc.sql("SELECT secret_encrypted FROM lead_channels WHERE code = 'yiche'")
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("demo");
		assertThat(this.protection.decrypt(stored)).isEqualTo(DemoLeadChannelsSeeder.demoSecret("yiche"))
			.isEqualTo("fcwh_demo_yiche_" + "0".repeat(32));
		assertThat(this.demoCredentials.found()).singleElement()
			.asString()
			.contains("4 lead channel(s)", "demo = true");
	}

	@Test
	void noncesArePurgedOnlyAfterTwiceTheLongestReplayWindow() {
		Instant now = Instant.now();
		String fresh = insertNonce(now.minus(119, ChronoUnit.MINUTES));
		String old = insertNonce(now.minus(121, ChronoUnit.MINUTES));

		this.purge.purge();

		assertThat(exists(fresh)).isTrue();
		assertThat(exists(old)).isFalse();
	}

	private String insertNonce(Instant receivedAt) {
		String nonce = UUID.randomUUID().toString();
		this.jdbc
			.sql("INSERT INTO lead_channel_nonces (channel_code, nonce, lead_id, received_at) VALUES ('test', ?, ?, ?)")
			.params(nonce, UUID.randomUUID(), Timestamp.from(receivedAt))
			.update();
		return nonce;
	}

	private boolean exists(String nonce) {
		return this.jdbc.sql("SELECT count(*) FROM lead_channel_nonces WHERE nonce = ?")
			.param(nonce)
			.query(Long.class)
			.single() == 1;
	}

}
