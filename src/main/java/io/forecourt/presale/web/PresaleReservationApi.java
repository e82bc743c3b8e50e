package io.forecourt.presale.web;

import java.io.IOException;
import java.util.UUID;

import io.forecourt.kernel.idempotency.IdempotencyHeaders;
import io.forecourt.kernel.idempotency.Idempotent;
import io.forecourt.kernel.web.ProblemWriter;
import io.forecourt.presale.launch.ClientSignals;
import io.forecourt.presale.reservations.DepositPayments;
import io.forecourt.presale.reservations.ReservationAnswer;
import io.forecourt.presale.reservations.ReservationDesk;
import io.forecourt.presale.reservations.ReservationReads;
import io.forecourt.presale.reservations.ReservationRequest;
import io.forecourt.presale.reservations.ReservationView;
import io.forecourt.sales.PaymentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The participant's side, for the brand app (an integrator key with PRESALE_RESERVE):
 * reserve, read the reservation, pay its deposit. Every refusal is a problem response
 * whose type says why.
 */
@RestController
@Tag(name = "Presale reservations",
		description = "The brand app reserves for participants and opens their" + " deposit payments")
class PresaleReservationApi {

	private final ReservationDesk desk;

	private final ReservationReads reads;

	private final DepositPayments deposits;

	private final ProblemWriter problems;

	private final ReservationRequestReader bodies;

	PresaleReservationApi(ReservationDesk desk, ReservationReads reads, DepositPayments deposits,
			ProblemWriter problems, ReservationRequestReader bodies) {
		this.desk = desk;
		this.reads = reads;
		this.deposits = deposits;
		this.problems = problems;
		this.bodies = bodies;
	}

	@PostMapping("/api/v1/presale/reservations")
	@Operation(summary = "Reserve a unit of campaignCode for a participant: 201 RESERVED with expiresAt (the deposit"
			+ " deadline), or a problem: presale-sold-out, presale-not-open (opensAt), presale-closed,"
			+ " presale-limit-reached, presale-region-not-allowed (422), rate-limited (429), presale-rejected (403,"
			+ " automated client), presale-try-again (503 with Retry-After: nothing decided), validation (400, also"
			+ " for a missing or unknown campaignCode). A relaying server passes the participant's client in"
			+ " X-Participant-IP, X-Participant-User-Agent and X-Device-Id",
			parameters = {
					@Parameter(in = ParameterIn.HEADER, name = ClientSignals.PARTICIPANT_IP,
							description = "The participant's IP address, when a server relays the request"),
					@Parameter(in = ParameterIn.HEADER, name = ClientSignals.PARTICIPANT_USER_AGENT,
							description = "The participant's user agent, when a server relays the request"),
					@Parameter(in = ParameterIn.HEADER, name = ClientSignals.DEVICE_ID,
							description = "The app's device identifier") })
	@ApiResponse(responseCode = "201", description = "Reserved until expiresAt",
			content = @Content(schema = @Schema(implementation = ReservationView.class)))
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ReservationRequest.class)))
	@Nullable ResponseEntity<ReservationView> reserve(HttpServletRequest request, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotSupportedException {
		// the launch's hot path has no path variable: Spring MVC finds a fixed path by
		// hashing it, a path with a variable by comparing it with every mapping (12% of
		// an attempt's cost, measured)
		return answer(this.desk.reserve(null, this.bodies.read(request), ClientSignals.of(request)), request, response);
	}

	@PostMapping("/api/v1/presale/campaigns/{code}/reservations")
	@Operation(deprecated = true,
			summary = "The same as POST /api/v1/presale/reservations, the campaign named in the path (404 when"
					+ " unknown) rather than in the body; kept for apps built against it, slower under a launch's load")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ReservationRequest.class)))
	@Nullable ResponseEntity<ReservationView> reserveIn(@PathVariable String code, HttpServletRequest request,
			HttpServletResponse response) throws IOException, HttpMediaTypeNotSupportedException {
		return answer(this.desk.reserve(code, this.bodies.read(request), ClientSignals.of(request)), request, response);
	}

	/**
	 * RESERVED as a 201 with its location; a refusal written here, the response then
	 * handled (null). Most attempts of a launch are refused (sold out): answered here
	 * rather than through the exception resolvers (a tenth of an attempt's cost,
	 * measured), and as bytes rendered once per distinct problem rather than an entity
	 * serialized and flushed each time (a few percent more).
	 */
	private @Nullable ResponseEntity<ReservationView> answer(ReservationAnswer answer, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return switch (answer) {
			case ReservationAnswer.Reserved reserved ->
				ResponseEntity.created(ServletUriComponentsBuilder.fromServletMapping(request)
					.path("/api/v1/presale/reservations/{id}")
					.build(reserved.reservation().reservationId())).body(reserved.reservation());
			case ReservationAnswer.Refused refused -> {
				this.problems.write(request, response, refused.problem());
				yield null;
			}
		};
	}

	@GetMapping("/api/v1/presale/reservations/{id}")
	@Operation(summary = "A reservation: RESERVED until expiresAt, PAID once the deposit is in (then orderId and the"
			+ " buyer's orderProgressPath), EXPIRED after an unpaid deadline")
	ReservationView get(@PathVariable UUID id) {
		return this.reads.view(id);
	}

	@PostMapping("/api/v1/presale/reservations/{id}/deposit-payments")
	@Idempotent
	@Operation(summary = "Open the deposit payment of a RESERVED reservation before its deadline (Idempotency-Key"
			+ " required; a repeat returns the same payment): 201 with the provider's checkoutUrl. Optional body"
			+ " {dealerCode}: the delivery dealer, when none was chosen when reserving (default: the first dealer of"
			+ " the participant's city). Paid in time, the reservation becomes PAID and a sales order is placed;"
			+ " paid after the unit went back, the payment is refunded")
	ResponseEntity<PaymentView> deposit(@PathVariable UUID id,
			@RequestBody(required = false) @Nullable DepositBody body,
			@RequestHeader(name = IdempotencyHeaders.KEY, required = false) @Nullable String key) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.deposits.start(id, body == null ? null : body.dealerCode(), key));
	}

	/**
	 * @param dealerCode the dealer that delivers the car
	 */
	record DepositBody(@Nullable String dealerCode) {
	}

}
