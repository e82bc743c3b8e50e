package io.forecourt.presale.participants;

import java.util.UUID;

/**
 * The people this instance has recorded, so that their repeat attempts skip the recorder:
 * a table of 128-bit fingerprints (of the campaign and the person key), one person a
 * slot, a newcomer taking the place of whoever held theirs. Forgetting someone costs
 * their next attempt a trip to the recorder, which finds them recorded; a stranger taken
 * for someone remembered would need their two 64-bit halves to match by chance.
 * <p>
 * Not a cache of objects: a Caffeine cache's upkeep on every add was a fifth of the
 * recorder's CPU in a launch, and each entry outlived the young collections only to die
 * in the old generation; this table is two arrays of longs, written in place. The
 * recorder's writer adds while requests look: a look in the middle of an add sees halves
 * of two people, which match nobody, and sends its person to the recorder.
 */
final class RecordedPeople {

	private final long[] high;

	private final long[] low;

	private final int mask;

	/**
	 * @param capacity about how many people to remember (the table has the next power of
	 * two at or above twice as many slots, so the most recent are seldom pushed out)
	 */
	RecordedPeople(int capacity) {
		int slots = Integer.highestOneBit(Math.clamp(capacity, 1, 1 << 26) * 2 - 1) << 1;
		this.high = new long[slots];
		this.low = new long[slots];
		this.mask = slots - 1;
	}

	void add(UUID campaignId, String personKey) {
		long high = highHalf(campaignId, personKey);
		long low = lowHalf(campaignId, personKey);
		int slot = (int) low & this.mask;
		this.high[slot] = high;
		this.low[slot] = low;
	}

	boolean contains(UUID campaignId, String personKey) {
		long low = lowHalf(campaignId, personKey);
		int slot = (int) low & this.mask;
		return this.low[slot] == low && this.high[slot] == highHalf(campaignId, personKey);
	}

	int slots() {
		return this.mask + 1;
	}

	/** Never 0, the empty slot's value, so that an empty slot matches nobody. */
	private static long lowHalf(UUID campaignId, String personKey) {
		long hash = mix(hash(personKey, 0x9E3779B97F4A7C15L) ^ campaignId.getLeastSignificantBits());
		return hash == 0 ? 1 : hash;
	}

	private static long highHalf(UUID campaignId, String personKey) {
		return mix(hash(personKey, 0xC2B2AE3D27D4EB4FL) ^ campaignId.getMostSignificantBits());
	}

	/**
	 * FNV-1a over the characters with the given multiplier: not proof against chosen
	 * input, which a person key, itself a keyed hash, cannot be.
	 */
	private static long hash(String text, long multiplier) {
		long hash = 0xCBF29CE484222325L;
		for (int i = 0; i < text.length(); i++) {
			hash = (hash ^ text.charAt(i)) * multiplier;
		}
		return hash;
	}

	/** MurmurHash3's 64-bit finalizer: every input bit moves every output bit. */
	private static long mix(long value) {
		long x = value;
		x ^= x >>> 33;
		x *= 0xFF51AFD7ED558CCDL;
		x ^= x >>> 33;
		x *= 0xC4CEB9FE1A85EC53L;
		x ^= x >>> 33;
		return x;
	}

}
