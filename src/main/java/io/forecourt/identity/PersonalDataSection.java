package io.forecourt.identity;

import java.util.Set;
import java.util.UUID;

/**
 * What a module holds about a person, for a data export (PIPL / GDPR). Every module that
 * stores personal data declares one bean of this type; the export collects a section from
 * each. Erasure reaches the modules through {@link CustomerErased}, which each one
 * handles by anonymising what it holds.
 */
public interface PersonalDataSection {

	/** The section's name in the export document, e.g. {@code "leads"}. */
	String name();

	/**
	 * Everything held about these customer records (a person and everyone merged into
	 * them), as plain, JSON-serialisable values.
	 */
	Object export(Set<UUID> customerIds);

}
