package io.forecourt.kernel.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Field-level protection of personal data such as ID numbers: {@link #encrypt} for what
 * must be readable again, {@link #keyedHash} for finding a record by a value without
 * storing the value in clear.
 * <p>
 * Encryption is AES-256-GCM with a fresh random 12-byte IV per value, so equal inputs
 * give different ciphertexts and tampering is detected. The output
 * {@code v1:<base64(iv | ciphertext | tag)>} carries a version so that a later key or
 * algorithm can be introduced beside it (decrypt by prefix, re-encrypt lazily). Random
 * IVs stay safe for about 2^32 values per key; rotate well before that.
 * <p>
 * The keyed hash is HMAC-SHA256, not a plain hash: ID numbers and phone numbers are so
 * few that a plain SHA-256 of every one of them can be precomputed. Hash the normalised
 * form ({@link NationalIdNumber#value()}, {@code PhoneNumber.e164()}), or equal values
 * will not match. Changing the hash key invalidates every stored hash.
 * <p>
 * The two keys are separate (and must differ) so that the lookup key can be handed to a
 * system that must match values without being able to decrypt them.
 */
@Component
public class PersonalDataProtection {

	/** Shipped in application.yml for the demo; production refuses to start with it. */
	public static final String DEMO_ENCRYPTION_KEY = "Zm9yZWNvdXJ0LWRlbW8tZW5jcnlwdGlvbi1rZXktMDE=";

	/** Shipped in application.yml for the demo; production refuses to start with it. */
	public static final String DEMO_HASH_KEY = "Zm9yZWNvdXJ0LWRlbW8taGFzaC1rZXktMDAwMDAwMDE=";

	static final String ENCRYPTION_KEY_PROPERTY = "forecourt.privacy.encryption-key";

	static final String HASH_KEY_PROPERTY = "forecourt.privacy.hash-key";

	private static final String VERSION = "v1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec hashKey;

	private final Mac hashPrototype;

	/**
	 * @param encryptionKey base64 of 32 random bytes ({@code openssl rand -base64 32})
	 * @param hashKey base64 of 32 other random bytes
	 * @throws IllegalArgumentException if a key is not base64 of exactly 32 bytes, or the
	 * two keys are the same
	 */
	public PersonalDataProtection(@Value("${" + ENCRYPTION_KEY_PROPERTY + "}") String encryptionKey,
			@Value("${" + HASH_KEY_PROPERTY + "}") String hashKey) {
		byte[] encryption = decodeKey(ENCRYPTION_KEY_PROPERTY, encryptionKey);
		byte[] hash = decodeKey(HASH_KEY_PROPERTY, hashKey);
		if (Arrays.equals(encryption, hash)) {
			throw new IllegalArgumentException(
					ENCRYPTION_KEY_PROPERTY + " and " + HASH_KEY_PROPERTY + " must be different keys");
		}
		this.encryptionKey = new SecretKeySpec(encryption, "AES");
		this.hashKey = new SecretKeySpec(hash, "HmacSHA256");
		this.hashPrototype = newHashMac();
	}

	/** Encrypts text as {@code v1:<base64(iv | ciphertext | tag)>}. */
	public String encrypt(String plaintext) {
		byte[] iv = new byte[IV_BYTES];
		RANDOM.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
			return VERSION + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available in this JVM", ex);
		}
	}

	/**
	 * Decrypts what {@link #encrypt} produced.
	 * @throws IllegalArgumentException if the text is not a {@code v1:} value, was
	 * altered, or was encrypted with another key
	 */
	public String decrypt(String ciphertext) {
		if (!ciphertext.startsWith(VERSION)) {
			throw new IllegalArgumentException("Not an encrypted value: it must start with '" + VERSION + "'");
		}
		byte[] in;
		try {
			in = Base64.getDecoder().decode(ciphertext.substring(VERSION.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Not an encrypted value: the part after '" + VERSION + "' is not base64",
					ex);
		}
		if (in.length < IV_BYTES + TAG_BITS / 8) {
			throw new IllegalArgumentException("Not an encrypted value: too short to hold an IV and a tag");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new IllegalArgumentException(
					"Encrypted value was altered or encrypted with another key (authentication tag mismatch)", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available in this JVM", ex);
		}
	}

	/** HMAC-SHA256 of the text under the hash key, as 64 lower-case hex digits. */
	public String keyedHash(String value) {
		return HexFormat.of().formatHex(hashMac().doFinal(value.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A Mac of its own for one hash: a copy of one initialised with the key, which skips
	 * the provider look-up and the key's setup (each launch attempt and each One ID
	 * look-up hashes a phone; a fresh {@code Mac.getInstance} per hash was measurable).
	 * The prototype is never updated, so copying it from many threads is safe.
	 */
	private Mac hashMac() {
		try {
			return (Mac) this.hashPrototype.clone();
		}
		catch (CloneNotSupportedException ex) {
			// a provider whose Mac cannot be copied: set one up each time
			return newHashMac();
		}
	}

	private Mac newHashMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.hashKey);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this JVM", ex);
		}
	}

	private static byte[] decodeKey(String property, String base64) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(property + " must be base64 of 32 random bytes; it is not base64");
		}
		if (key.length != 32) {
			throw new IllegalArgumentException(
					property + " must be base64 of 32 random bytes; it decodes to " + key.length + " bytes");
		}
		return key;
	}

}
