package io.forecourt.leads.capture;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadStatus;
import io.forecourt.leads.grading.GradeResult;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The leads table and what hangs off it, as capture writes them. */
@Repository
class Leads {

	private final JdbcClient jdbc;

	Leads(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
