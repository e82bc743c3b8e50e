package io.forecourt.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.identity.CustomerErased;
import io.forecourt.identity.PersonalDataSection;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rights over their data (PIPL / GDPR): an export of everything held about
 * them, from every module, as one document; and erasure, which anonymises them
 * everywhere. Erasing removes every identifier, so a later lead from the same phone
 * starts a fresh customer instead of bringing the old one back.
 */
@Service
public class CustomerPrivacy {

	private final Customers customers;

	private final CustomerReads reads;

	private final List<PersonalDataSection> sections;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final VisibleCustomers visible;

	CustomerPrivacy(Customers customers, CustomerReads reads, List<PersonalDataSection> sections, JdbcClient jdbc,
			AuditLog audit, ApplicationEventPublisher events, Clock clock, VisibleCustomers visible) {
		this.visible = visible;
		this.customers = customers;
		this.reads = reads;
		this.sections = sections;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Everything held about the person, section by section; the export is audited. */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_READ') and hasAuthority('PERM_PERSONAL_DATA')")
	public Map<String, Object> export(UUID id) {
		UUID root = visibleRoot(id);
		Set<UUID> group = new LinkedHashSet<>(this.reads.group(root));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("customerId", root);
		document.put("records", group);
		document.put("exportedAt", this.clock.instant());
		Map<String, Object> sections = new LinkedHashMap<>();
		for (PersonalDataSection section : this.sections) {
			sections.put(section.name(), section.export(group));
		}
		document.put("sections", sections);
		this.audit.recordPersonalDataView("customer", root, "data export of " + group.size() + " record(s)");
		return document;
	}

	/**
	 * Anonymises the person and everyone merged into them; keeps the records as anonymous
	 * keys with their non-personal facts (city, lifecycle stage, dealers, dates).
	 * @return the records erased
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_ERASE')")
	public Set<UUID> erase(UUID id, String reason) {
		UUID root = visibleRoot(id);
		Set<UUID> group = new LinkedHashSet<>(this.reads.group(root));
		Instant now = this.clock.instant();
		update("DELETE FROM customer_identities WHERE customer_id IN (:ids)", group);
		update("DELETE FROM customer_tags WHERE customer_id IN (:ids)", group);
		update("DELETE FROM customer_consents WHERE customer_id IN (:ids)", group);
		update("DELETE FROM merge_suggestions WHERE customer_a IN (:ids) OR customer_b IN (:ids)", group);
		update("UPDATE customer_timeline SET summary = '(erased)', detail = NULL WHERE customer_id IN (:ids)", group);
		update("UPDATE customer_merges SET reason = '(erased)' WHERE survivor_id IN (:ids) OR merged_id IN (:ids)",
				group);
		this.jdbc
			.sql("UPDATE customers SET status = 'ERASED', name = NULL, gender = NULL, birthday = NULL,"
					+ " household = NULL, preferred_language = NULL, model_interest = NULL, updated_at = :now,"
					+ " version = version + 1 WHERE id IN (:ids)")
			.param("now", java.sql.Timestamp.from(now))
			.param("ids", group)
			.update();
		this.audit.recordChange(AuditAction.DELETE, "customer", root,
				"erased " + group.size() + " record(s) on request: " + reason);
		this.events.publishEvent(new CustomerErased(root, Set.copyOf(group)));
		return group;
	}

	private void update(String sql, Set<UUID> ids) {
		this.jdbc.sql(sql).param("ids", ids).update();
	}

	private UUID visibleRoot(UUID id) {
		UUID root = this.visible.rootOf(id);
		if ("ERASED".equals(this.customers.find(root).orElseThrow().status())) {
			throw ProblemException.conflict("Customer " + id + " was erased");
		}
		return root;
	}

}
