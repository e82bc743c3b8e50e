package io.forecourt.presale.participants;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.forecourt.presale.PresaleParticipantsJoined.Outcome;
import io.forecourt.presale.PresaleParticipantsJoined.Participant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of a group-committed batch of one campaign's participants (the
 * {@code participants} column of {@code presale_participant_batches}): a JSON array with
 * one array per participant, in the order they were recorded —
 * {@code [person_key, outcome, attempted_at, phone, name, configuration_code, city_code,
 * consent_marketing, raw_payload]}. Positional rather than named, because a launch writes
 * hundreds of thousands of them: the names would be most of the bytes. The database's
 * migration of waiting participants writes the same form.
 */
final class ParticipantBatch {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int RAW_PAYLOAD_CHARS = 4_000;

	private ParticipantBatch() {
	}

	/** A participant and the person they are (the keyed hash of their phone). */
	record Entry(String personKey, Participant participant) {
	}

	static String write(List<Entry> entries) {
		List<@Nullable Object[]> rows = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			Participant p = entry.participant();
			rows.add(new Object[] { entry.personKey(), p.outcome().name(), p.attemptedAt().toString(),
					cut(p.phone(), 60), cut(p.name(), 100), cut(p.configurationCode(), 60), cut(p.cityCode(), 12),
					p.consentMarketing(), cut(p.rawPayload(), RAW_PAYLOAD_CHARS) });
		}
		return JSON.writeValueAsString(rows);
	}

	static List<Entry> read(String stored) {
		Object[][] rows = JSON.readValue(stored, Object[][].class);
		List<Entry> entries = new ArrayList<>(rows.length);
		for (Object[] row : rows) {
			entries.add(new Entry(((String) row[0]).strip(),
					new Participant((String) row[3], text(row[4]), Outcome.valueOf((String) row[1]), text(row[5]),
							text(row[6]), Boolean.TRUE.equals(row[7]),
							OffsetDateTime.parse((String) row[2]).toInstant(), text(row[8]))));
		}
		return entries;
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

	/**
	 * Within what the lead center keeps of each field (the columns the participant rows
	 * had); a raw payload too long to keep is dropped rather than cut.
	 */
	private static @Nullable String cut(@Nullable String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return max == RAW_PAYLOAD_CHARS ? null : text.substring(0, max);
	}

}
