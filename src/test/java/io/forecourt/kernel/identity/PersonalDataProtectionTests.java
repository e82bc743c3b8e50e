package io.forecourt.kernel.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataProtectionTests {

	static final String ENCRYPTION_KEY = "Zn5bb41F4mVc0JTRpgWQMdGemO1h6nfxio7Wuxh9HYM=";

	static final String HASH_KEY = "tdF9T2qLXiiC80SsA+QwnBY6jV01ZWtRVvWpTcSfCys=";

	final PersonalDataProtection protection = new PersonalDataProtection(ENCRYPTION_KEY, HASH_KEY);

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "", "张三 · 北京市朝阳区" })
	void whatIsEncryptedDecryptsToTheSameText(String plaintext) {
		String encrypted = this.protection.encrypt(plaintext);

		assertThat(encrypted).startsWith("v1:");
		assertThat(this.protection.decrypt(encrypted)).isEqualTo(plaintext);
	}

	@Test
	void theOutputIsTheIvTheCiphertextAndTheTag() {
		byte[] raw = Base64.getDecoder().decode(this.protection.encrypt("11010519491231002X").substring(3));

		// 12-byte IV + 18 bytes of ciphertext (GCM does not pad) + 16-byte tag
		assertThat(raw).hasSize(12 + 18 + 16);
	}

	@Test
	void encryptingTheSameValueTwiceGivesDifferentCiphertexts() {
		assertThat(this.protection.encrypt("11010519491231002X"))
			.isNotEqualTo(this.protection.encrypt("11010519491231002X"));
	}

	@Test
	void anAlteredCiphertextIsDetected() {
		byte[] raw = Base64.getDecoder().decode(this.protection.encrypt("11010519491231002X").substring(3));
		raw[20] ^= 1;
		String altered = "v1:" + Base64.getEncoder().encodeToString(raw);

		assertThatThrownBy(() -> this.protection.decrypt(altered)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("altered or encrypted with another key");
	}

	@Test
	void aValueEncryptedWithAnotherKeyCannotBeDecrypted() {
		var other = new PersonalDataProtection(PersonalDataProtection.DEMO_ENCRYPTION_KEY, HASH_KEY);

		assertThatThrownBy(() -> other.decrypt(this.protection.encrypt("secret")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "v2:AAAA", "v1:not base64!", "v1:AAAAAAAAAAAAAAAAAAAA" })
	void somethingThatIsNotAV1ValueIsRejected(String notEncrypted) {
		assertThatThrownBy(() -> this.protection.decrypt(notEncrypted)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Not an encrypted value");
	}

	@Test
	void theKeyedHashIsHmacSha256InLowerCaseHex() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(HASH_KEY), "HmacSHA256"));
		String expected = java.util.HexFormat.of()
			.formatHex(mac.doFinal("11010519491231002X".getBytes(StandardCharsets.UTF_8)));

		assertThat(this.protection.keyedHash("11010519491231002X")).isEqualTo(expected).matches("[0-9a-f]{64}");
	}

	@Test
	void theKeyedHashIsStableForAValueAndDependsOnTheKey() {
		var otherKey = new PersonalDataProtection(ENCRYPTION_KEY, PersonalDataProtection.DEMO_HASH_KEY);

		assertThat(this.protection.keyedHash("+8613800138000")).isEqualTo(this.protection.keyedHash("+8613800138000"))
			.isNotEqualTo(this.protection.keyedHash("+8613800138001"))
			.isNotEqualTo(otherKey.keyedHash("+8613800138000"));
	}

	@Test
	void hashesAtOnceFromManyThreadsAreEachTheHashOfTheirOwnValue() throws Exception {
		java.util.List<String> values = java.util.stream.IntStream.range(0, 2_000)
			.mapToObj(i -> "+86138" + String.format("%08d", i))
			.toList();
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(HASH_KEY), "HmacSHA256"));
		java.util.List<String> expected = values.stream()
			.map(v -> java.util.HexFormat.of().formatHex(mac.doFinal(v.getBytes(StandardCharsets.UTF_8))))
			.toList();

		try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
			java.util.List<java.util.concurrent.Future<String>> hashes = values.stream()
				.map(v -> threads.submit(() -> this.protection.keyedHash(v)))
				.toList();
			for (int i = 0; i < values.size(); i++) {
				assertThat(hashes.get(i).get()).as(values.get(i)).isEqualTo(expected.get(i));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "c2hvcnQ=", "Zm9yZWNvdXJ0LWRlbW8tZW5jcnlwdGlvbi1rZXktMDEx", "not base64!" })
	void aKeyThatIsNotBase64OfThirtyTwoBytesIsRefused(String badKey) {
		assertThatThrownBy(() -> new PersonalDataProtection(badKey, HASH_KEY))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("forecourt.privacy.encryption-key must be base64 of 32 random bytes");
		assertThatThrownBy(() -> new PersonalDataProtection(ENCRYPTION_KEY, badKey))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("forecourt.privacy.hash-key must be base64 of 32 random bytes");
	}

	@Test
	void theSameKeyForEncryptionAndHashingIsRefused() {
		assertThatThrownBy(() -> new PersonalDataProtection(ENCRYPTION_KEY, ENCRYPTION_KEY))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("must be different keys");
	}

	@Test
	void theShippedDemoKeysAreUsableSoTheDemoStarts() {
		var demo = new PersonalDataProtection(PersonalDataProtection.DEMO_ENCRYPTION_KEY,
				PersonalDataProtection.DEMO_HASH_KEY);

		assertThat(demo.decrypt(demo.encrypt("demo"))).isEqualTo("demo");
	}

}
