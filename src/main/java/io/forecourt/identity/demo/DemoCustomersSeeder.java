package io.forecourt.identity.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.tenancy.CurrentAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds demo customers on the first start of the embedded default, through the same
 * resolution leads and the app will use, so the console has something to search. Runs
 * after the network's demo loader (order 100), because it links customers to dealer
 * SH-001 by code. The requests are chosen to show One ID at work: 王芳's Autohome lead and
 * her WeChat follow become one customer when a test-drive booking carries both, and the
 * two 赵敏 in Guangzhou only become a merge suggestion.
 */
@Component
@Order(200)
@ConditionalOnBooleanProperty("forecourt.demo.enabled")
class DemoCustomersSeeder implements ApplicationRunner {

	/** The demo dealer whose staff (sh001.sales) see some of the customers. */
	static final String DEALER = "SH-001";

	private static final Logger log = LoggerFactory.getLogger(DemoCustomersSeeder.class);

	private static final String MINI_PROGRAM = "wx5f2a9c0demo0001";

	private static final String WANG_FANG_UNIONID = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";

	private final CustomerIdentification identification;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCustomersSeeder(CustomerIdentification identification, JdbcClient jdbc, Clock clock) {
		this.identification = identification;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		// Each resolution is its own transaction (as in production); a crash part-way
		// leaves some customers, and the next start then leaves them be.
		if (this.jdbc.sql("SELECT count(*) FROM customers").query(Long.class).single() > 0) {
			return;
		}
		List<UUID> seen = CurrentAccess.asSystem(this::seed);
		log.info("Seeded {} demo customers", seen.size());
	}

	private List<UUID> seed() {
		List<UUID> ids = new ArrayList<>();
		UUID zhangWei = resolve(ids, "张伟", "310100", "Huaxia EV7", "lead:autohome", Identifier.phone("13816880001"),
				Identifier.wechatUnionId("o6_bmjrDemoZhangWei0000001"));
		UUID wangFang = resolve(ids, "王芳", "310100", "Huaxia S5", "lead:autohome", Identifier.phone("13816880002"));
		resolve(ids, "王芳", null, null, "wechat:follow", Identifier.wechatUnionId(WANG_FANG_UNIONID),
				Identifier.wechatOpenId(MINI_PROGRAM, "oMiniDemoWangFang000002"));
		// Carries both: the two customers above merge, the older (the lead) survives.
		resolve(ids, "王芳", null, null, "wechat:test-drive", Identifier.phone("138 1688 0002"),
				Identifier.wechatUnionId(WANG_FANG_UNIONID));
		resolve(ids, "李强", "110100", "Huaxia X9", "dealer:BJ-001", Identifier.phone("+86 139 1002 0003"),
				Identifier.nationalId("11010519491231002X"));
		resolve(ids, "刘洋", "440300", "Huaxia EV7", "app:register", Identifier.appUser("app-100204"),
				Identifier.phone("13510030004"));
		resolve(ids, "陈静", "330100", "Huaxia S5", "lead:website", Identifier.phone("13710040005"),
				Identifier.email("Chen.Jing@example.com"));
		UUID yangFan = resolve(ids, "杨帆", "310100", "Huaxia EV7", "service:SH-001", Identifier.phone("13816880006"),
				Identifier.vin("LFV2A21K6B3000001"));
		// Same name, city and model interest, different phones: only a merge suggestion.
		resolve(ids, "赵敏", "440100", "Huaxia X9", "lead:dongchedi", Identifier.phone("13610070007"));
		resolve(ids, "赵敏", "440100", "Huaxia X9", "lead:yiche", Identifier.phone("13610070008"));
		resolve(ids, "黄磊", "510100", "Huaxia S5", "wechat:mini-program", Identifier.phone("18080080009"),
				Identifier.wechatOpenId(MINI_PROGRAM, "oMiniDemoHuangLei000009"));
		resolve(ids, "周婷", "320100", "Huaxia EV7", "lead:autohome", Identifier.phone("15850090010"),
				Identifier.email("zhouting@example.com"));
		resolve(ids, "吴杰", "310100", "Huaxia X9", "app:register", Identifier.appUser("app-100311"),
				Identifier.phone("13916880011"));
		for (UUID customer : List.of(zhangWei, wangFang, yangFan)) {
			link(customer);
		}
		return ids.stream().distinct().toList();
	}

	private UUID resolve(List<UUID> ids, String name, @org.jspecify.annotations.Nullable String cityCode,
			@org.jspecify.annotations.Nullable String modelInterest, String source, Identifier... identifiers) {
		UUID id = this.identification
			.resolve(new ResolutionRequest(List.of(identifiers), name, cityCode, modelInterest, source))
			.customerId();
		ids.add(id);
		return id;
	}

	private void link(UUID customer) {
		this.jdbc
			.sql("INSERT INTO customer_dealers (customer_id, dealer_id, reason, linked_at)"
					+ " SELECT ?, id, 'preferred-dealer', ? FROM dealers WHERE code = ?")
			.params(customer, Timestamp.from(this.clock.instant()), DEALER)
			.update();
	}

}
