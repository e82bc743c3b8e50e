package io.forecourt.leads.capture;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.jdbc.BulkInsert;

import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadStatus;
import io.forecourt.leads.grading.GradeResult;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The leads table and what hangs off it, as capture writes them. */
@Repository
class Leads {

	private static final List<String> LEAD_COLUMNS = List.of("id", "customer_id", "original_customer_id", "brand",
			"channel", "campaign", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "name",
			"phone_raw", "phone_e164", "phone_valid", "status", "junk_reason", "model_of_interest", "city_code",
			"purchase_timeframe", "test_drive_requested", "budget", "consent_marketing", "grade", "grade_score",
			"grade_explanation", "raw_payload", "captured_at", "updated_at", "version");

	private static final List<String> SOURCE_COLUMNS = List.of("id", "lead_id", "channel", "campaign", "utm_source",
			"utm_medium", "utm_campaign", "utm_content", "utm_term", "phone_e164", "raw_payload", "captured_at");

	private static final List<String> GRADE_COLUMNS = List.of("id", "lead_id", "grade", "score", "explanation",
			"changed_by", "changed_at", "reason");

	/** Values per IN list or multi-row VALUES, well inside every driver's limit. */
	private static final int SLICE = 1000;

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	Leads(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	/**
	 * A lead kept by a bulk capture: its customer is the one it belongs to now (the
	 * survivor, if One ID merged within the same chunk), the original one whom One ID
	 * resolved for it.
	 */
	record BulkLead(NewLead lead, @Nullable UUID originalCustomerId) {
	}

	/** One arrival to record: a new lead's first source or a duplicate's. */
	record NewSource(UUID leadId, CaptureRequest request, @Nullable String phoneE164) {
	}

	record NewGrade(UUID leadId, GradeResult grade, String explanation) {
	}

	record DedupKey(UUID customerId, String brand) {
	}

	/**
	 * An open lead with what bulk dedup needs to pick the newest per customer and brand.
	 */
	record OpenLeadOf(OpenLead lead, UUID customerId, String brand, Instant capturedAt) {
	}

	/** A lead about to be kept, with what cleansing decided. */
	record NewLead(UUID id, CaptureRequest request, String brand, @Nullable UUID customerId, @Nullable String phoneE164,
			LeadStatus status, @Nullable String reason, @Nullable GradeResult grade, @Nullable String explanation,
			Instant capturedAt) {
	}

	/** An open lead a duplicate attaches to. */
	record OpenLead(UUID id, LeadStatus status, @Nullable LeadGrade grade, @Nullable Integer score) {
	}

	void insert(NewLead lead) {
		CaptureRequest r = lead.request();
		this.jdbc.sql("""
				INSERT INTO leads (id, customer_id, original_customer_id, brand, channel, campaign, utm_source,
				    utm_medium, utm_campaign, utm_content, utm_term, name, phone_raw, phone_e164, phone_valid, status,
				    junk_reason, model_of_interest, city_code, purchase_timeframe, test_drive_requested, budget,
				    consent_marketing, grade, grade_score, grade_explanation, raw_payload, captured_at, updated_at,
				    version)
				VALUES (:id, :customerId, :customerId, :brand, :channel, :campaign, :utmSource, :utmMedium,
				    :utmCampaign, :utmContent, :utmTerm, :name, :phoneRaw, :phoneE164, :phoneValid, :status, :reason,
				    :model, :cityCode, :timeframe, :testDrive, :budget, :consent, :grade, :score, :explanation,
				    :rawPayload, :now, :now, 0)
				""")
			.param("id", lead.id())
			.param("customerId", lead.customerId())
			.param("brand", lead.brand())
			.param("channel", r.channel())
			.param("campaign", r.campaign())
			.param("utmSource", r.utmSource())
			.param("utmMedium", r.utmMedium())
			.param("utmCampaign", r.utmCampaign())
			.param("utmContent", r.utmContent())
			.param("utmTerm", r.utmTerm())
			.param("name", r.name())
			.param("phoneRaw", r.phone())
			.param("phoneE164", lead.phoneE164())
			.param("phoneValid", lead.phoneE164() != null)
			.param("status", lead.status().name())
			.param("reason", lead.reason())
			.param("model", r.modelOfInterest())
			.param("cityCode", r.cityCode())
			.param("timeframe", r.timeframe().name())
			.param("testDrive", r.testDriveRequested())
			.param("budget", r.budget())
			.param("consent", r.consentMarketing())
			.param("grade", lead.grade() == null ? null : lead.grade().grade().name())
			.param("score", lead.grade() == null ? null : lead.grade().score())
			.param("explanation", lead.explanation())
			.param("rawPayload", r.rawPayload())
			.param("now", Timestamp.from(lead.capturedAt()))
			.update();
	}

	void insertAll(List<BulkLead> leads) {
		this.bulk.into("leads", LEAD_COLUMNS, leads.stream().map(bulkLead -> {
			NewLead lead = bulkLead.lead();
			CaptureRequest r = lead.request();
			return new Object[] { lead.id(), lead.customerId(), bulkLead.originalCustomerId(), lead.brand(),
					r.channel(), r.campaign(), r.utmSource(), r.utmMedium(), r.utmCampaign(), r.utmContent(),
					r.utmTerm(), r.name(), r.phone(), lead.phoneE164(), lead.phoneE164() != null, lead.status().name(),
					lead.reason(), r.modelOfInterest(), r.cityCode(), r.timeframe().name(), r.testDriveRequested(),
					r.budget(), r.consentMarketing(), lead.grade() == null ? null : lead.grade().grade().name(),
					lead.grade() == null ? null : lead.grade().score(), lead.explanation(), r.rawPayload(),
					lead.capturedAt(), lead.capturedAt(), 0L };
		}).toList());
	}

	void addSources(List<NewSource> sources, Instant now) {
		this.bulk.into("lead_sources", SOURCE_COLUMNS, sources.stream().map(source -> {
			CaptureRequest r = source.request();
			return new Object[] { UUID.randomUUID(), source.leadId(), r.channel(), r.campaign(), r.utmSource(),
					r.utmMedium(), r.utmCampaign(), r.utmContent(), r.utmTerm(), source.phoneE164(), r.rawPayload(),
					now };
		}).toList());
	}

	void recordGrades(List<NewGrade> grades, String changedBy, String reason, Instant now) {
		this.bulk.into("lead_grade_history", GRADE_COLUMNS,
				grades.stream()
					.map(g -> new Object[] { UUID.randomUUID(), g.leadId(), g.grade().grade().name(), g.grade().score(),
							g.explanation(), changedBy, now, reason })
					.toList());
	}

	/**
	 * {@link #lockDedup} for many customers and brands: the rows are created where
	 * missing and locked in one order (customer, brand), so two bulk captures cannot
	 * deadlock on them.
	 */
	void lockDedupAll(Collection<DedupKey> keys) {
		List<DedupKey> sorted = keys.stream()
			.distinct()
			.sorted(Comparator.comparing(DedupKey::customerId).thenComparing(DedupKey::brand))
			.toList();
		for (List<DedupKey> slice : slices(sorted, SLICE / 2)) {
			String values = String.join(", ", Collections.nCopies(slice.size(), "(?, ?)"));
			List<Object> params = new ArrayList<>(slice.size() * 2);
			slice.forEach(key -> {
				params.add(key.customerId());
				params.add(key.brand());
			});
			this.jdbc
				.sql("INSERT INTO lead_dedup_locks (customer_id, brand) VALUES " + values + " ON CONFLICT DO NOTHING")
				.params(params)
				.update();
		}
		List<UUID> ids = sorted.stream().map(DedupKey::customerId).distinct().toList();
		if (ids.isEmpty()) {
			return;
		}
		BulkInsert.Condition customers = this.bulk.isPostgres() ? this.bulk.unnest("c", "id", "uuid", ids)
				: this.bulk.anyOf("d.customer_id", "uuid", ids);
		String from = this.bulk.isPostgres() ? customers.sql() + " JOIN lead_dedup_locks d ON d.customer_id = c.id"
				: "lead_dedup_locks d WHERE " + customers.sql();
		this.jdbc.sql("SELECT d.customer_id FROM " + from + " ORDER BY d.customer_id, d.brand FOR UPDATE OF d")
			.params(customers.params())
			.query(UUID.class)
			.list();
	}

	/** Open leads of these customers (any brand) captured since then. */
	List<OpenLeadOf> openLeads(Collection<UUID> customerIds, Instant since) {
		if (customerIds.isEmpty()) {
			return List.of();
		}
		String columns = "id, customer_id, brand, status, grade, grade_score, captured_at";
		String open = "status IN (" + LeadStatus.openSqlList() + ") AND captured_at >= ?";
		BulkInsert.Condition customers;
		String sql;
		if (this.bulk.isPostgres()) {
			customers = this.bulk.unnest("c", "id", "uuid", customerIds);
			sql = "SELECT l.* FROM " + customers.sql() + " JOIN LATERAL (SELECT " + columns
					+ " FROM leads WHERE customer_id = c.id AND " + open + " OFFSET 0) l ON TRUE";
		}
		else {
			customers = this.bulk.anyOf("customer_id", "uuid", customerIds);
			sql = "SELECT " + columns + " FROM leads WHERE " + customers.sql() + " AND " + open;
		}
		return this.jdbc.sql(sql)
			.params(customers.params())
			.param(Timestamp.from(since))
			.query((rs,
					n) -> new OpenLeadOf(
							new OpenLead(rs.getObject("id", UUID.class), LeadStatus.valueOf(rs.getString("status")),
									rs.getString("grade") == null ? null
											: LeadGrade.valueOf(rs.getString("grade").strip()),
									(Integer) rs.getObject("grade_score")),
							rs.getObject("customer_id", UUID.class), rs.getString("brand"),
							rs.getTimestamp("captured_at").toInstant()))
			.list();
	}

	/** {@link #recentActivity} of many customers, zero left out. */
	Map<UUID, Integer> recentActivity(Collection<UUID> customerIds, Instant since) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (customerIds.isEmpty()) {
			return counts;
		}
		BulkInsert.Condition customers;
		String sql;
		if (this.bulk.isPostgres()) {
			customers = this.bulk.unnest("c", "id", "uuid", customerIds);
			// OFFSET 0 keeps the subquery per customer (through the indexes): flattened
			// into
			// a join, a generic plan for the bound array and time hashed all of
			// lead_sources
			// in parallel scans during a presale's capture
			sql = "SELECT c.id AS customer_id, count(*) AS arrivals FROM " + customers.sql()
					+ " JOIN LATERAL (SELECT s.id FROM leads l JOIN lead_sources s ON s.lead_id = l.id"
					+ " WHERE l.customer_id = c.id AND s.captured_at >= ? OFFSET 0) a ON TRUE GROUP BY c.id";
		}
		else {
			customers = this.bulk.anyOf("l.customer_id", "uuid", customerIds);
			sql = "SELECT l.customer_id, count(*) AS arrivals FROM leads l JOIN lead_sources s ON s.lead_id = l.id"
					+ " WHERE " + customers.sql() + " AND s.captured_at >= ? GROUP BY l.customer_id";
		}
		this.jdbc.sql(sql)
			.params(customers.params())
			.param(Timestamp.from(since))
			.query((rs, n) -> Map.entry(rs.getObject("customer_id", UUID.class), rs.getInt("arrivals")))
			.list()
			.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	/** {@link #arrivals} of many numbers, zero left out. */
	Map<String, Integer> arrivals(Collection<String> phones, Instant since) {
		Map<String, Integer> counts = new HashMap<>();
		if (phones.isEmpty()) {
			return counts;
		}
		BulkInsert.Condition numbers;
		String sql;
		if (this.bulk.isPostgres()) {
			numbers = this.bulk.unnest("p", "phone", "text", phones);
			sql = "SELECT p.phone AS phone_e164, count(*) AS arrivals FROM " + numbers.sql()
					+ " JOIN LATERAL (SELECT 1 FROM lead_sources WHERE phone_e164 = p.phone AND captured_at >= ? OFFSET 0) a"
					+ " ON TRUE GROUP BY p.phone";
		}
		else {
			numbers = this.bulk.anyOf("phone_e164", "text", phones);
			sql = "SELECT phone_e164, count(*) AS arrivals FROM lead_sources WHERE " + numbers.sql()
					+ " AND captured_at >= ? GROUP BY phone_e164";
		}
		this.jdbc.sql(sql)
			.params(numbers.params())
			.param(Timestamp.from(since))
			.query((rs, n) -> Map.entry(rs.getString("phone_e164"), rs.getInt("arrivals")))
			.list()
			.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	/** {@link #spamReason} of many numbers: those on the list. */
	Map<String, String> spamReasons(Collection<String> phones) {
		Map<String, String> reasons = new HashMap<>();
		BulkInsert.Condition numbers = this.bulk.anyOf("phone_e164", "text", phones);
		this.jdbc.sql("SELECT phone_e164, reason FROM lead_spam_numbers WHERE " + numbers.sql())
			.params(numbers.params())
			.query((rs, n) -> Map.entry(rs.getString("phone_e164"), rs.getString("reason")))
			.list()
			.forEach(entry -> reasons.put(entry.getKey(), entry.getValue()));
		return reasons;
	}

	private static <T> List<List<T>> slices(List<T> all, int size) {
		List<List<T>> slices = new ArrayList<>();
		for (int from = 0; from < all.size(); from += size) {
			slices.add(all.subList(from, Math.min(all.size(), from + size)));
		}
		return slices;
	}

	void addSource(UUID leadId, CaptureRequest r, @Nullable String phoneE164, Instant now) {
		this.jdbc.sql("""
				INSERT INTO lead_sources (id, lead_id, channel, campaign, utm_source, utm_medium, utm_campaign,
				    utm_content, utm_term, phone_e164, raw_payload, captured_at)
				VALUES (:id, :leadId, :channel, :campaign, :utmSource, :utmMedium, :utmCampaign, :utmContent,
				    :utmTerm, :phone, :rawPayload, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("leadId", leadId)
			.param("channel", r.channel())
			.param("campaign", r.campaign())
			.param("utmSource", r.utmSource())
			.param("utmMedium", r.utmMedium())
			.param("utmCampaign", r.utmCampaign())
			.param("utmContent", r.utmContent())
			.param("utmTerm", r.utmTerm())
			.param("phone", phoneE164)
			.param("rawPayload", r.rawPayload())
			.param("now", Timestamp.from(now))
			.update();
	}

	void recordGrade(UUID leadId, GradeResult grade, String explanation, String changedBy, String reason, Instant now) {
		this.jdbc.sql("""
				INSERT INTO lead_grade_history (id, lead_id, grade, score, explanation, changed_by, changed_at, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), leadId, grade.grade().name(), grade.score(), explanation, changedBy,
					Timestamp.from(now), reason)
			.update();
	}

	/**
	 * Holds the dedup lock of a customer and brand until the transaction ends. ON
	 * CONFLICT DO NOTHING makes a concurrent first insert wait for the other and then do
	 * nothing, instead of failing the transaction on the duplicate key.
	 */
	void lockDedup(UUID customerId, String brand) {
		this.jdbc.sql("INSERT INTO lead_dedup_locks (customer_id, brand) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(customerId, brand)
			.update();
		this.jdbc.sql("SELECT customer_id FROM lead_dedup_locks WHERE customer_id = ? AND brand = ? FOR UPDATE")
			.params(customerId, brand)
			.query(UUID.class)
			.single();
	}

	Optional<OpenLead> openLead(UUID customerId, String brand, Instant since) {
		return this.jdbc.sql("""
				SELECT id, status, grade, grade_score FROM leads
				WHERE customer_id = ? AND brand = ? AND status IN (%s) AND captured_at >= ?
				ORDER BY captured_at DESC FETCH FIRST 1 ROWS ONLY
				""".formatted(LeadStatus.openSqlList()))
			.params(customerId, brand, Timestamp.from(since))
			.query((rs, n) -> new OpenLead(rs.getObject("id", UUID.class), LeadStatus.valueOf(rs.getString("status")),
					rs.getString("grade") == null ? null : LeadGrade.valueOf(rs.getString("grade")),
					(Integer) rs.getObject("grade_score")))
			.optional();
	}

	/** Arrivals (leads and duplicates) of this customer since then. */
	int recentActivity(UUID customerId, Instant since) {
		return this.jdbc.sql("""
				SELECT count(*) FROM lead_sources s JOIN leads l ON l.id = s.lead_id
				WHERE l.customer_id = ? AND s.captured_at >= ?
				""").params(customerId, Timestamp.from(since)).query(Integer.class).single();
	}

	int arrivals(String phoneE164, Instant since) {
		return this.jdbc.sql("SELECT count(*) FROM lead_sources WHERE phone_e164 = ? AND captured_at >= ?")
			.params(phoneE164, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	Optional<String> spamReason(String phoneE164) {
		return this.jdbc.sql("SELECT reason FROM lead_spam_numbers WHERE phone_e164 = ?")
			.param(phoneE164)
			.query(String.class)
			.optional();
	}

}
