package io.forecourt.leads.capture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.Resolution;
import io.forecourt.identity.ResolutionOutcome;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.contact.EmailAddress;
import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.kernel.web.ProblemException.FieldProblem;
import io.forecourt.leads.LeadStatus;
import io.forecourt.leads.LeadsCaptured;
import io.forecourt.leads.grading.GradeResult;
import io.forecourt.leads.grading.LeadFacts;
import io.forecourt.leads.grading.LeadGrading;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Captures a chunk of leads (a few thousand rows of a CSV import) with the rules of
 * {@link LeadCapture}, each lead getting the outcome it would get if the chunk were
 * captured one lead after the other, but set-based: phone validity and junk patterns in
 * Java, the spam list and burst counts in one query each, One ID through
 * {@link CustomerIdentification#resolveAll}, dedup against open leads in one query, and
 * the leads, their sources and grades written in bulk in one transaction.
 *
 * <p>
 * Within a chunk, later rows see earlier ones exactly as one by one: a phone's arrivals
 * count toward its burst limit, a customer's first lead is what a later row of the same
 * customer and brand attaches to, and counts toward the later one's activity. A chunk
 * publishes a {@link LeadsCaptured} per {@value #EVENT_SIZE} leads instead of a
 * {@code LeadCaptured} and a {@code LeadGraded} per lead.
 */
@Service
public class BulkCapture {

	private static final Logger log = LoggerFactory.getLogger(BulkCapture.class);

	/**
	 * Leads per {@link LeadsCaptured}: a chunk's event is split so that a publication
	 * stays small (about 90 KB) for the registry and a broker.
	 */
	static final int EVENT_SIZE = 500;

	/** The embedded H2's publication registry keeps at most 4,000 characters an event. */
	static final int EVENT_SIZE_H2 = 20;

	private static final String PHONE_INVALID = "phone number is not valid";

	private final Leads leads;

	private final JunkRules junk;

	private final CustomerIdentification identification;

	private final LeadGrading grading;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String defaultBrand;

	private final Duration dedupWindow;

	private final BulkInsert bulk;

	BulkCapture(Leads leads, JunkRules junk, CustomerIdentification identification, LeadGrading grading,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock, BulkInsert bulk,
			@Value("${forecourt.leads.default-brand:Huaxia}") String defaultBrand,
			@Value("${forecourt.leads.dedup-window:P30D}") Duration dedupWindow) {
		this.leads = leads;
		this.junk = junk;
		this.identification = identification;
		this.grading = grading;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.defaultBrand = defaultBrand;
		this.dedupWindow = dedupWindow;
		this.bulk = bulk;
	}

	/**
	 * What became of one request: the capture's result, or why it was rejected (nothing
	 * written for it).
	 */
	public record Outcome(@Nullable CaptureResult result, List<FieldProblem> problems) {

		public Outcome {
			problems = List.copyOf(problems);
		}

		public boolean rejected() {
			return this.result == null;
		}

	}

	/**
	 * Captures the requests (already valid as {@code @Valid} would check them) in order.
	 * As for one lead, One ID runs before this module's transaction.
	 * @param sameTransaction runs with the outcomes inside the transaction that writes
	 * the leads, so a caller's own bookkeeping (an import's progress) commits with them
	 * @return one outcome per request, in order
	 */
	@PreAuthorize("hasAuthority('PERM_LEAD_IMPORT')")
	public List<Outcome> captureAll(List<CaptureRequest> requests, Consumer<List<Outcome>> sameTransaction) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		long started = System.nanoTime();
		List<Row> rows = requests.stream().map(this::row).toList();
		flagJunk(rows, now);
		long cleansed = System.nanoTime();
		resolve(rows);
		long resolved = System.nanoTime();
		List<Outcome> outcomes = this.transaction.execute(status -> {
			keep(rows, now);
			List<Outcome> result = rows.stream().map(Row::outcome).toList();
			sameTransaction.accept(result);
			return result;
		});
		if (log.isDebugEnabled()) {
			log.debug("Captured {} leads: cleansing {} ms, One ID {} ms, dedup, grading and writes {} ms",
					requests.size(), (cleansed - started) / 1_000_000, (resolved - cleansed) / 1_000_000,
					(System.nanoTime() - resolved) / 1_000_000);
		}
		return outcomes == null ? List.of() : outcomes;
	}

	/** What single capture checks before anything else: the e-mail and the phone. */
	private Row row(CaptureRequest request) {
		String brand = request.brand() == null || request.brand().isBlank() ? this.defaultBrand
				: request.brand().strip();
		Row row = new Row(request, brand);
		if (request.email() != null && !request.email().isBlank()) {
			try {
				EmailAddress.parse(request.email());
			}
			catch (IllegalArgumentException ex) {
				row.reject(new FieldProblem("email", String.valueOf(ex.getMessage())));
				return row;
			}
		}
		row.phone = LeadCapture.parse(request.phone());
		if (row.phone == null) {
			row.flag(LeadStatus.INVALID, PHONE_INVALID);
		}
		return row;
	}

	/**
	 * Junk rules in row order, each row's arrivals counting toward later rows' bursts as
	 * they would one by one. A row One ID would reject (an invalid WeChat id) is only
	 * rejected when it is not junk: junk never reaches One ID.
	 */
	private void flagJunk(List<Row> rows, Instant now) {
		Set<String> phones = new HashSet<>();
		rows.stream().filter(Row::open).forEach(row -> phones.add(row.phone.e164()));
		Map<String, String> spam = this.leads.spamReasons(phones);
		Map<String, Integer> arrivals = new HashMap<>(this.leads.arrivals(phones, this.junk.burstSince(now)));
		for (Row row : rows) {
			if (!row.open()) {
				continue;
			}
			String e164 = row.phone.e164();
			Optional<String> reason = this.junk.patternReason(row.phone);
			if (reason.isEmpty() && spam.containsKey(e164)) {
				reason = Optional.of(JunkRules.spamReason(spam.get(e164)));
			}
			if (reason.isEmpty()) {
				reason = this.junk.burstReason(arrivals.getOrDefault(e164, 0));
			}
			if (reason.isPresent()) {
				row.flag(LeadStatus.JUNK, reason.get());
			}
			else if (row.request.wechatUnionId() != null && !row.request.wechatUnionId().isBlank()) {
				List<FieldProblem> problems = this.identification
					.problems(List.of(Identifier.wechatUnionId(row.request.wechatUnionId())));
				problems.forEach(p -> row.reject(new FieldProblem("wechatUnionId", p.message())));
				if (!problems.isEmpty()) {
					continue;
				}
			}
			arrivals.merge(e164, 1, Integer::sum);
		}
	}

	private void resolve(List<Row> rows) {
		List<Row> valid = rows.stream().filter(Row::open).toList();
		if (valid.isEmpty()) {
			return;
		}
		List<ResolutionRequest> requests = valid.stream()
			.map(row -> LeadCapture.resolution(row.request, row.phone))
			.toList();
		List<ResolutionOutcome> outcomes = this.identification.resolveAll(requests);
		for (int i = 0; i < valid.size(); i++) {
			ResolutionOutcome outcome = outcomes.get(i);
			if (outcome.resolution() == null) {
				outcome.problems().forEach(valid.get(i)::reject);
			}
			else {
				valid.get(i).resolution = outcome.resolution();
			}
		}
	}

	/** Dedup, grading and the writes, in this module's transaction. */
	private void keep(List<Row> rows, Instant now) {
		Map<UUID, UUID> survivorOf = new HashMap<>();
		Set<UUID> created = new HashSet<>();
		Set<UUID> stored = new LinkedHashSet<>();
		for (Row row : rows) {
			if (row.resolution != null) {
				row.resolution.merged().forEach(merged -> survivorOf.put(merged, row.resolution.customerId()));
				if (row.resolution.created()) {
					created.add(row.resolution.customerId());
				}
			}
		}
		List<Row> valid = rows.stream().filter(row -> row.resolution != null).toList();
		for (Row row : valid) {
			row.customerId = finalSurvivor(row.resolution.customerId(), survivorOf);
			stored.add(row.resolution.customerId());
			stored.add(row.customerId);
		}
		// Customers created by this chunk have no leads yet: only the others are read.
		stored.removeAll(created);
		this.leads.lockDedupAll(valid.stream().map(row -> new Leads.DedupKey(row.customerId, row.brand)).toList());
		Map<Leads.DedupKey, Leads.OpenLead> open = newestOpenLeads(stored, survivorOf, now);
		Map<UUID, Integer> activity = new HashMap<>();
		this.leads.recentActivity(stored, now.minus(LeadCapture.ACTIVITY_WINDOW))
			.forEach((customer, count) -> activity.merge(finalSurvivor(customer, survivorOf), count, Integer::sum));

		List<Leads.BulkLead> newLeads = new ArrayList<>();
		List<Leads.NewSource> sources = new ArrayList<>();
		List<Leads.NewGrade> grades = new ArrayList<>();
		List<LeadsCaptured.Entry> captured = new ArrayList<>();
		for (Row row : rows) {
			if (row.rejected()) {
				continue;
			}
			String e164 = row.phone == null ? null : row.phone.e164();
			if (row.resolution == null) {
				UUID id = UUID.randomUUID();
				newLeads.add(new Leads.BulkLead(new Leads.NewLead(id, row.request, row.brand, null, e164, row.status,
						row.reason, null, null, now), null));
				sources.add(new Leads.NewSource(id, row.request, e164));
				captured
					.add(new LeadsCaptured.Entry(id, null, row.request.channel(), row.brand, row.status, null, null));
				row.result = new CaptureResult(id, row.status, row.reason, false, null, null);
				continue;
			}
			Leads.DedupKey key = new Leads.DedupKey(row.customerId, row.brand);
			Leads.OpenLead lead = open.get(key);
			int earlier = activity.getOrDefault(row.customerId, 0);
			activity.put(row.customerId, earlier + 1);
			if (lead != null) {
				sources.add(new Leads.NewSource(lead.id(), row.request, e164));
				row.result = new CaptureResult(lead.id(), lead.status(), null, true, lead.grade(), lead.score());
				continue;
			}
			CaptureRequest r = row.request;
			GradeResult grade = this.grading.grade(new LeadFacts(r.timeframe(), r.testDriveRequested(), r.budget(),
					r.modelOfInterest(), r.channel(), earlier));
			String explanation = LeadCapture.explain(grade);
			UUID id = UUID.randomUUID();
			newLeads.add(new Leads.BulkLead(new Leads.NewLead(id, r, row.brand, row.customerId, e164, LeadStatus.NEW,
					null, grade, explanation, now), row.resolution.customerId()));
			sources.add(new Leads.NewSource(id, r, e164));
			grades.add(new Leads.NewGrade(id, grade, explanation));
			open.put(key, new Leads.OpenLead(id, LeadStatus.NEW, grade.grade(), grade.score()));
			captured.add(new LeadsCaptured.Entry(id, row.customerId, r.channel(), row.brand, LeadStatus.NEW,
					grade.grade(), grade.score()));
			row.result = new CaptureResult(id, LeadStatus.NEW, null, false, grade.grade(), grade.score());
		}
		this.leads.insertAll(newLeads);
		this.leads.addSources(sources, now);
		this.leads.recordGrades(grades, LeadCapture.actor(), "scored at capture", now);
		int eventSize = this.bulk.isPostgres() ? EVENT_SIZE : EVENT_SIZE_H2;
		for (int from = 0; from < captured.size(); from += eventSize) {
			this.events.publishEvent(
					new LeadsCaptured(captured.subList(from, Math.min(captured.size(), from + eventSize)), now));
		}
	}

	/** The newest open lead of each customer (after this chunk's merges) and brand. */
	private Map<Leads.DedupKey, Leads.OpenLead> newestOpenLeads(Set<UUID> customers, Map<UUID, UUID> survivorOf,
			Instant now) {
		Map<Leads.DedupKey, Leads.OpenLeadOf> newest = new HashMap<>();
		for (Leads.OpenLeadOf lead : this.leads.openLeads(customers, now.minus(this.dedupWindow))) {
			Leads.DedupKey key = new Leads.DedupKey(finalSurvivor(lead.customerId(), survivorOf), lead.brand());
			newest.merge(key, lead, (a, b) -> a.capturedAt().isAfter(b.capturedAt()) ? a : b);
		}
		Map<Leads.DedupKey, Leads.OpenLead> open = new HashMap<>();
		newest.forEach((key, lead) -> open.put(key, lead.lead()));
		return open;
	}

	private static UUID finalSurvivor(UUID customer, Map<UUID, UUID> survivorOf) {
		UUID current = customer;
		for (int hops = 0; hops < 32 && survivorOf.containsKey(current); hops++) {
			current = survivorOf.get(current);
		}
		return current;
	}

	/** One request on its way through the chunk. */
	private static final class Row {

		final CaptureRequest request;

		final String brand;

		@Nullable PhoneNumber phone;

		@Nullable LeadStatus status;

		@Nullable String reason;

		final List<FieldProblem> problems = new ArrayList<>();

		@Nullable Resolution resolution;

		/**
		 * The customer the lead belongs to: One ID's answer after this chunk's merges.
		 */
		@Nullable UUID customerId;

		@Nullable CaptureResult result;

		Row(CaptureRequest request, String brand) {
			this.request = request;
			this.brand = brand;
		}

		void reject(FieldProblem problem) {
			this.problems.add(problem);
		}

		void flag(LeadStatus status, String reason) {
			this.status = status;
			this.reason = reason;
		}

		boolean rejected() {
			return !this.problems.isEmpty();
		}

		/** Valid so far and not flagged: on its way to One ID. */
		boolean open() {
			return !rejected() && this.status == null;
		}

		Outcome outcome() {
			return new Outcome(rejected() ? null : this.result, this.problems);
		}

	}

}
