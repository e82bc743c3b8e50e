package io.forecourt.sales.payments;

import java.math.BigDecimal;
import java.util.UUID;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.Payments;
import io.forecourt.sales.payments.simulated.SignedCallback;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Opens payments and delivers simulated callbacks through the real endpoint. */
final class PaymentTestClient {

	static final String DEPOSIT = "ORDER_DEPOSIT";

	private PaymentTestClient() {
	}

	static PaymentView start(Payments payments, UUID reference, String amount, String key, UUID dealerId) {
		return CurrentAccess.asSystem(() -> payments.start(new NewPayment(DEPOSIT, reference, null, dealerId,
				new BigDecimal(amount), "定金 / deposit " + reference, key)));
	}

	static MockHttpServletResponse deliver(MockMvc mvc, SignedCallback callback) throws Exception {
		MockHttpServletRequestBuilder request = post(callback.path()).contentType(MediaType.APPLICATION_JSON)
			.content(callback.body());
		callback.headers().forEach((name, value) -> {
			if (!name.equalsIgnoreCase("Content-Type")) {
				request.header(name, value);
			}
		});
		return mvc.perform(request).andReturn().getResponse();
	}

	static String key() {
		return "key-" + UUID.randomUUID();
	}

}
