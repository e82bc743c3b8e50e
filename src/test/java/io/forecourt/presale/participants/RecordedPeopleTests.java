package io.forecourt.presale.participants;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recorder's memory of recorded people: exact for whoever it holds (never a stranger,
 * never the same person of another campaign), lossy only for the oldest.
 */
class RecordedPeopleTests {

	private static final UUID LAUNCH = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001");

	private static final UUID OTHER_LAUNCH = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000002");

	@Test
	void remembersAPersonForTheirCampaignOnly() {
		RecordedPeople people = new RecordedPeople(1_000);
		people.add(LAUNCH, key(1));

		assertThat(people.contains(LAUNCH, key(1))).isTrue();
		assertThat(people.contains(OTHER_LAUNCH, key(1))).isFalse();
		assertThat(people.contains(LAUNCH, key(2))).isFalse();
	}

	@Test
	void holdsTwiceItsCapacityInSlotsRoundedUpToAPowerOfTwo() {
		assertThat(new RecordedPeople(100_000).slots()).isEqualTo(262_144);
		assertThat(new RecordedPeople(1_024).slots()).isEqualTo(2_048);
		assertThat(new RecordedPeople(1).slots()).isEqualTo(2);
		assertThat(new RecordedPeople(0).slots()).isEqualTo(2);
	}

	@Test
	void aLaunchWorthOfPeopleKeepsTheRecentOnesAndTakesNoStrangerForThem() {
		int capacity = 100_000;
		RecordedPeople people = new RecordedPeople(capacity);
		int added = 3 * capacity;
		for (int i = 0; i < added; i++) {
			people.add(LAUNCH, key(i));
		}

		int recentKept = 0;
		for (int i = added - 10_000; i < added; i++) {
			recentKept += people.contains(LAUNCH, key(i)) ? 1 : 0;
		}
		// each of the last 10,000 was followed by at most 10,000 others in 262,144 slots
		assertThat(recentKept).isGreaterThan(9_700);

		int strangers = 0;
		for (int i = added; i < added + 1_000_000; i++) {
			strangers += people.contains(LAUNCH, key(i)) ? 1 : 0;
		}
		for (int i = added - capacity; i < added; i++) {
			strangers += people.contains(OTHER_LAUNCH, key(i)) ? 1 : 0;
		}
		assertThat(strangers).isZero();
	}

	@Test
	void keysThatDifferInOneCharacterAreDifferentPeople() {
		RecordedPeople people = new RecordedPeople(1_000);
		String key = key(7);
		people.add(LAUNCH, key);
		for (int i = 0; i < key.length(); i++) {
			char other = key.charAt(i) == 'a' ? 'b' : 'a';
			String changed = key.substring(0, i) + other + key.substring(i + 1);
			assertThat(people.contains(LAUNCH, changed)).as("changed at %d", i).isFalse();
		}
	}

	/** A person key as the desk makes them: 64 hex characters of a SHA-256. */
	private static String key(int person) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("+86138" + person).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
