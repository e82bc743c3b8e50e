package io.forecourt.service.parts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.service.ServiceTest;
import io.forecourt.service.ServiceWork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.forecourt.service.ServiceWork.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The parts APIs: the part master kept by HQ with dated prices, dealer stock settings,
 * goods receipts under an Idempotency-Key, stocktakes, the journal, the filters, and the
 * reservations of repair orders, each dealer's only to its staff; every bad input a
 * problem that writes nothing.
 */
@ServiceTest
class PartsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	java.time.Clock clock;

	@Autowired
	PartsReservations reservations;

	PartsWork parts;

	ServiceWork work;

	ServiceWork.Dealer dealer;

	ServiceWork.Dealer other;

	@BeforeAll
	void work() throws Exception {
		this.work = new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock);
		this.parts = new PartsWork(this.work);
		this.dealer = this.work.dealer();
		this.other = this.work.dealer();
	}

	@Test
	void headquartersKeepsThePartMasterWithDatedPrices() throws Exception {
		String number = PartsWork.newNumber("BRK");
		String body = """
				{"partNumber": "%s", "nameZh": "前刹车片", "nameEn": "Front brake pads", "unit": "set",
				 "listPrice": 420.00}
				""".formatted(number.toLowerCase());
		json(post("/api/v1/service/parts"), this.dealer.manager(), body).andExpect(status().isForbidden());
		json(post("/api/v1/service/parts"), this.work.hq, """
				{"partNumber": "oil filter", "nameZh": " ", "nameEn": "Oil filter", "unit": "BOX",
				 "listPrice": 12.345, "validFrom": "2020-01-01", "supersededBy": "ZZ9-NOT-THERE"}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("partNumber", "nameZh", "unit", "listPrice", "validFrom", "supersededBy")));

		json(post("/api/v1/service/parts"), this.work.hq, body).andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.partNumber").value(number))
			.andExpect(jsonPath("$.unit").value("SET"))
			.andExpect(jsonPath("$.listPrice").value(420.00));
		json(post("/api/v1/service/parts"), this.work.hq, body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/duplicate"));

		// a price from next month leaves today's as it is
		String nextMonth = java.time.LocalDate.now(this.clock).plusMonths(1).toString();
		json(post("/api/v1/service/parts/" + number + "/prices"), this.work.hq,
				"{\"listPrice\": 450, \"validFrom\": \"" + nextMonth + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.listPrice").value(420.00))
			.andExpect(jsonPath("$.prices.length()").value(2))
			.andExpect(jsonPath("$.prices[0].validFrom").value(nextMonth));

		// changes need the ETag; supersession cannot go round in a circle
		String successor = this.parts.part("BRK2");
		json(patch("/api/v1/service/parts/" + number), this.work.hq, "{\"supersededBy\": \"" + successor + "\"}")
			.andExpect(status().isPreconditionRequired());
		json(patch("/api/v1/service/parts/" + number).header("If-Match", "\"7\""), this.work.hq,
				"{\"nameEn\": \"Brake pads, front\"}")
			.andExpect(status().isPreconditionFailed());
		json(patch("/api/v1/service/parts/" + number).header("If-Match", "\"0\""), this.work.hq,
				"{\"supersededBy\": \"" + successor + "\"}")
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.supersededBy").value(successor));
		json(patch("/api/v1/service/parts/" + successor).header("If-Match", "\"0\""), this.work.hq,
				"{\"supersededBy\": \"" + number + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("supersededBy"));

		read(this.dealer.advisor(), "/api/v1/service/parts?search=BRAKE PADS").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].partNumber").value(hasItem(number)));
		read(this.dealer.advisor(), "/api/v1/service/parts/" + number.toLowerCase()).andExpect(status().isOk())
			.andExpect(jsonPath("$.nameZh").value("前刹车片"));
		read(this.dealer.advisor(), "/api/v1/service/parts/ZZ9-NOWHERE").andExpect(status().isNotFound());
		read(this.dealer.advisor(), "/api/v1/service/parts/bad number").andExpect(status().isBadRequest());
	}

	@Test
	void goodsAreReceivedOnceUnderAnIdempotencyKeyAndBadReceiptsWriteNothing() throws Exception {
		String pads = this.parts.part("RCV");
		String wipers = this.parts.part("WIP");
		String receipts = "/api/v1/service/dealers/" + this.dealer.id() + "/parts-stock/receipts";
		String body = """
				{"deliveryNote": "DN-2026-0042", "lines": [{"partNumber": "%s", "quantity": 8, "binLocation": "b-02"},
				 {"partNumber": "%s", "quantity": 4}]}
				""".formatted(pads, wipers);
		json(post(receipts), this.dealer.advisor(), body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/idempotency-key-missing"));

		String key = UUID.randomUUID().toString();
		String first = json(post(receipts).header("Idempotency-Key", key), this.dealer.advisor(), body)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.deliveryNote").value("DN-2026-0042"))
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		json(post(receipts).header("Idempotency-Key", key), this.dealer.advisor(), body).andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value((String) JsonPath.read(first, "$.id")));
		assertThat(this.parts.figures(this.dealer.id(), pads)).isEqualTo(new PartsWork.Figures(8, 0));
		// a part the dealer did not stock is stocked from its first receipt, in its bin
		read(this.dealer.advisor(), "/api/v1/service/dealers/" + this.dealer.id() + "/parts-stock/" + pads)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.binLocation").value("B-02"))
			.andExpect(jsonPath("$.available").value(8));

		long movements = this.work.count("SELECT count(*) FROM service_parts_movements WHERE dealer_id = ?",
				this.dealer.id());
		json(post(receipts).header("Idempotency-Key", UUID.randomUUID().toString()), this.dealer.advisor(), """
				{"lines": [{"partNumber": "%s", "quantity": 5}, {"partNumber": "%s", "quantity": 0},
				 {"partNumber": "ZZ9-NOT-IN-MASTER", "quantity": 1}, {"partNumber": "%s", "quantity": 1},
				 {"partNumber": "%s", "quantity": 1, "binLocation": "A 01"}]}
				""".formatted(pads, wipers, pads, PartsWork.newNumber("NEW"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("lines[1].quantity",
					"lines[2].partNumber", "lines[3].partNumber", "lines[4].partNumber", "lines[4].binLocation")));
		assertThat(
				this.work.count("SELECT count(*) FROM service_parts_movements WHERE dealer_id = ?", this.dealer.id()))
			.isEqualTo(movements);
		assertThat(this.parts.figures(this.dealer.id(), pads)).isEqualTo(new PartsWork.Figures(8, 0));
	}

	@Test
	void managersSetHowPartsAreKeptAndCorrectOnHandAfterAStocktake() throws Exception {
		String battery = this.parts.part("BAT");
		String stock = "/api/v1/service/dealers/" + this.dealer.id() + "/parts-stock/" + battery;
		json(put(stock), this.dealer.advisor(), "{\"reorderPoint\": 2}").andExpect(status().isForbidden());
		json(put(stock), this.dealer.manager(), "{\"reorderPoint\": -1, \"binLocation\": \"shelf #3\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("reorderPoint", "binLocation")));
		json(put(stock), this.dealer.manager(),
				"{\"reorderPoint\": 2, \"reorderQuantity\": 6, \"binLocation\": \"C-01\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.onHand").value(0))
			.andExpect(jsonPath("$.low").value(true));
		json(put(stock), this.dealer.manager(), "{\"reorderPoint\": 3}").andExpect(status().isPreconditionRequired());
		json(put(stock).header("If-Match", "\"1\""), this.dealer.manager(), "{\"reorderPoint\": 3}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reorderPoint").value(3))
			.andExpect(jsonPath("$.reorderQuantity").value(6))
			.andExpect(jsonPath("$.binLocation").value("C-01"));
		this.parts.receive(this.dealer, Map.of(battery, 10));
		UUID order = UUID.randomUUID();
		CurrentAccess
			.asSystem(() -> this.reservations.reserve(this.dealer.id(), order, List.of(PartLine.of(battery, 2))));

		String adjustments = stock + "/adjustments";
		json(post(adjustments), this.dealer.advisor(), "{\"countedOnHand\": 9, \"reason\": \"DAMAGED\"}")
			.andExpect(status().isForbidden());
		json(post(adjustments), this.dealer.manager(), "{\"countedOnHand\": -1, \"reason\": \"BROKEN\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("countedOnHand", "reason")));
		json(post(adjustments), this.dealer.manager(), "{\"countedOnHand\": 9, \"reason\": \"CORRECTION\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		json(post(adjustments), this.dealer.manager(),
				"{\"countedOnHand\": 9, \"expectedOnHand\": 12, \"reason\": \"STOCKTAKE\"}")
			.andExpect(status().isConflict());
		json(post(adjustments), this.dealer.manager(), "{\"countedOnHand\": 1, \"reason\": \"LOST\"}")
			.andExpect(status().isConflict());
		assertThat(this.parts.figures(this.dealer.id(), battery)).isEqualTo(new PartsWork.Figures(10, 2));

		json(post(adjustments), this.dealer.manager(),
				"{\"countedOnHand\": 7, \"expectedOnHand\": 10, \"reason\": \"damaged\", \"note\": \"cracked case\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.onHand").value(7))
			.andExpect(jsonPath("$.available").value(5));
		read(this.dealer.advisor(), stock + "/movements").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].kind").value("ADJUSTMENT"))
			.andExpect(jsonPath("$.items[0].quantity").value(3))
			.andExpect(jsonPath("$.items[0].onHandChange").value(-3))
			.andExpect(jsonPath("$.items[0].reason").value("DAMAGED"))
			.andExpect(jsonPath("$.items[0].note").value("cracked case"))
			.andExpect(jsonPath("$.items[1].kind").value("RESERVATION"))
			.andExpect(jsonPath("$.items[1].repairOrderId").value(order.toString()))
			.andExpect(jsonPath("$.totalItems").value(3));
		assertThat(this.parts.journal(this.dealer.id(), battery)).isEqualTo(new PartsWork.Figures(7, 2));
	}

	@Test
	void theListFiltersLowStockBinAndSearch() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		String low = this.parts.onShelf(dealer, "FLOW", 2, 5);
		String fine = this.parts.part("FINE");
		this.parts.receive(dealer, Map.of(fine, 9));
		json(put("/api/v1/service/dealers/" + dealer.id() + "/parts-stock/" + fine).header("If-Match", "\"0\""),
				dealer.manager(), "{\"binLocation\": \"B-02-03\", \"reorderPoint\": 1}")
			.andExpect(status().isOk());
		String list = "/api/v1/service/dealers/" + dealer.id() + "/parts-stock";
		read(dealer.advisor(), list).andExpect(jsonPath("$.totalItems").value(2));
		read(dealer.advisor(), list + "?low=true").andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].partNumber").value(low))
			.andExpect(jsonPath("$.items[0].low").value(true))
			.andExpect(jsonPath("$.items[0].lowSince").isNotEmpty());
		read(dealer.advisor(), list + "?bin=b-02").andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].partNumber").value(fine));
		read(dealer.advisor(), list + "?search=part fine").andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].partNumber").value(fine));
		read(dealer.advisor(), list + "?size=500").andExpect(status().isBadRequest());
	}

	@Test
	void anotherDealersStaffFindNothingAndChangeNothing() throws Exception {
		String part = this.parts.onShelf(this.dealer, "MINE", 5, 0);
		UUID order = UUID.randomUUID();
		CurrentAccess.asSystem(() -> this.reservations.reserve(this.dealer.id(), order, List.of(PartLine.of(part, 1))));
		String base = "/api/v1/service/dealers/" + this.dealer.id();
		read(this.other.manager(), base + "/parts-stock").andExpect(status().isNotFound());
		read(this.other.advisor(), base + "/parts-stock/" + part).andExpect(status().isNotFound());
		read(this.other.advisor(), base + "/parts-reservations").andExpect(status().isNotFound());
		read(this.other.advisor(), "/api/v1/service/parts-reservations/" + order).andExpect(status().isNotFound());
		json(post(base + "/parts-stock/receipts").header("Idempotency-Key", UUID.randomUUID().toString()),
				this.other.advisor(), "{\"lines\": [{\"partNumber\": \"" + part + "\", \"quantity\": 50}]}")
			.andExpect(status().isNotFound());
		json(post(base + "/parts-stock/" + part + "/adjustments"), this.other.manager(),
				"{\"countedOnHand\": 0, \"reason\": \"LOST\"}")
			.andExpect(status().isNotFound());
		assertThat(this.parts.figures(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(5, 1));

		// the dealer's own staff and HQ see the order's parts
		read(this.dealer.advisor(), "/api/v1/service/parts-reservations/" + order).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].partNumber").value(part))
			.andExpect(jsonPath("$[0].status").value("RESERVED"));
		read(this.work.hq, base + "/parts-reservations?repairOrderId=" + order).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].quantity").value(1));
		read(this.dealer.advisor(), "/api/v1/service/parts-reservations/" + UUID.randomUUID())
			.andExpect(status().isNotFound());
	}

	private ResultActions json(MockHttpServletRequestBuilder request, String key, String body) throws Exception {
		return this.mvc.perform(as(key, request).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions read(String key, String path) throws Exception {
		return this.mvc.perform(as(key, get(path)));
	}

}
