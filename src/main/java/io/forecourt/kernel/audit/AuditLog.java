package io.forecourt.kernel.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit trail: every write and every view of personal data, with who,
 * when, what and from where. Changes are recorded inside the caller's transaction so the
 * record and the change commit together; denials and login failures are recorded in their
 * own transaction because the request that caused them fails.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final BulkInsert bulk;

	AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Records a change, in the caller's transaction. */
	public void recordChange(AuditAction action, String resourceType, Object resourceId, @Nullable String detail) {
		insert(actor(), action, resourceType, String.valueOf(resourceId), detail);
	}

	/**
	 * Records many changes of one kind at once, in the caller's transaction: what a bulk
	 * import writes, one entry per record as {@link #recordChange} would.
	 * @param detailsById each record's id and its detail
	 */
	public void recordChanges(AuditAction action, String resourceType, Map<?, String> detailsById) {
		if (detailsById.isEmpty()) {
			return;
		}
		ForecourtPrincipal actor = actor();
		Optional<HttpServletRequest> request = currentRequest();
		Instant now = Instant.now(this.clock);
		String remote = request.map(HttpServletRequest::getRemoteAddr).orElse(null);
		String agent = request.map(r -> truncate(r.getHeader("User-Agent"), 400)).orElse(null);
		List<Object[]> rows = new ArrayList<>(detailsById.size());
		detailsById
			.forEach((id, detail) -> rows.add(new Object[] { now, truncate(actor.name(), 200), actor.kind().name(),
					action.name(), resourceType, String.valueOf(id), remote, agent, truncate(detail, 2000) }));
		this.bulk.into("audit_log", List.of("occurred_at", "actor", "actor_kind", "action", "resource_type",
				"resource_id", "remote_address", "user_agent", "detail"), rows);
	}

	/** Records that personal data of a record was shown unmasked. */
	public void recordPersonalDataView(String resourceType, Object resourceId, @Nullable String detail) {
		insert(actor(), AuditAction.VIEW_PERSONAL_DATA, resourceType, String.valueOf(resourceId), detail);
	}

	/** Records an out-of-scope access, committed even though the request fails. */
	public void recordDenial(String resourceType, Object resourceId, @Nullable String detail) {
		ForecourtPrincipal actor = actor();
		this.ownTransaction.executeWithoutResult(
				status -> insert(actor, AuditAction.ACCESS_DENIED, resourceType, String.valueOf(resourceId), detail));
	}

	/**
	 * The answer to a request for a record the caller cannot see: always a 404, so nobody
	 * learns that a record outside their scope exists; when it does exist, the attempt is
	 * recorded as a denial.
	 */
	public ProblemException notFound(String resourceType, Object resourceId, boolean existsOutsideScope) {
		if (existsOutsideScope) {
			recordDenial(resourceType, resourceId, "outside scope " + CurrentAccess.scope());
		}
		return ProblemException.notFound(resourceType, resourceId);
	}

	/**
	 * Records that personal data of several records was shown unmasked, one entry each.
	 */
	public void recordPersonalDataViews(String resourceType, java.util.Collection<?> resourceIds,
			@Nullable String detail) {
		resourceIds.forEach(id -> recordPersonalDataView(resourceType, id, detail));
	}

	/**
	 * Records a security event (login, token) for a named actor, in its own transaction.
	 */
	public void recordSecurityEvent(AuditAction action, String actorName, String actorKind, @Nullable String resourceId,
			@Nullable String detail) {
		this.ownTransaction
			.executeWithoutResult(status -> insertRow(actorName, actorKind, action, "session", resourceId, detail));
	}

	public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
		Where where = Where.unscoped()
			.and("resource_type = :resourceType", "resourceType", query.resourceType())
			.and("resource_id = :resourceId", "resourceId", query.resourceId())
			.and("actor = :actor", "actor", query.actor())
			.and("action = :action", "action", query.action() == null ? null : query.action().name());
		long total = this.jdbc.sql("SELECT count(*) FROM audit_log WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<AuditEntry> items = this.jdbc
			.sql("SELECT * FROM audit_log WHERE " + where.sql() + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("actor_kind"), AuditAction.valueOf(rs.getString("action")),
					rs.getString("resource_type"), rs.getString("resource_id"), rs.getString("remote_address"),
					rs.getString("user_agent"), rs.getString("detail")))
			.list();
		return Page.of(items, page, total);
	}

	private static ForecourtPrincipal actor() {
		return CurrentAccess.principal().orElse(ForecourtPrincipal.SYSTEM);
	}

	private void insert(ForecourtPrincipal actor, AuditAction action, String resourceType, @Nullable String resourceId,
			@Nullable String detail) {
		insertRow(actor.name(), actor.kind().name(), action, resourceType, resourceId, detail);
	}

	private void insertRow(String actor, String actorKind, AuditAction action, String resourceType,
			@Nullable String resourceId, @Nullable String detail) {
		Optional<HttpServletRequest> request = currentRequest();
		this.jdbc
			.sql("INSERT INTO audit_log (occurred_at, actor, actor_kind, action, resource_type, resource_id,"
					+ " remote_address, user_agent, detail) VALUES (:at, :actor, :kind, :action, :type, :id,"
					+ " :remote, :agent, :detail)")
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.param("actor", truncate(actor, 200))
			.param("kind", actorKind)
			.param("action", action.name())
			.param("type", resourceType)
			.param("id", resourceId)
			.param("remote", request.map(HttpServletRequest::getRemoteAddr).orElse(null))
			.param("agent", request.map(r -> truncate(r.getHeader("User-Agent"), 400)).orElse(null))
			.param("detail", truncate(detail, 2000))
			.update();
	}

	private static Optional<HttpServletRequest> currentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return Optional.of(attributes.getRequest());
		}
		return Optional.empty();
	}

	private static @Nullable String truncate(@Nullable String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
