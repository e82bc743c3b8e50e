package io.forecourt.sales.catalog;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.sales.Configurations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Share codes: from the unambiguous alphabet, random enough not to repeat, never reused
 * (a taken code is skipped), and found however they are typed.
 */
@SpringBootTest
@ActiveProfiles("test")
class ShareCodeTests {

	private static final Selection E5 = new Selection("E5", "E5-LR", "PEARL-WHITE", "INT-BLACK", List.of(), List.of(),
			null);

	@Autowired
	CatalogSnapshots snapshots;

	@Autowired
	StoredConfigurations stored;

	@Autowired
	MessageSource messages;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	Configurations configurations;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void codesAreEightUnambiguousCharactersThatDoNotRepeat() {
		ShareCodes codes = new ShareCodes();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			String code = codes.next();
			assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
			seen.add(code);
		}
		assertThat(seen).hasSize(20_000);
	}

	@Test
	void aTakenCodeIsSkippedAndTheConfigurationGetsAFreeOne() {
		ShareCodes random = new ShareCodes();
		String taken = random.next();
		String free = random.next();
		String first = configureWith(new ArrayDeque<>(List.of(taken)));
		assertThat(first).isEqualTo(taken);
		String second = configureWith(new ArrayDeque<>(List.of(taken, taken, free)));
		assertThat(second).isEqualTo(free);
		assertThat(this.configurations.find(taken)).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(taken));
		assertThat(this.configurations.find(free)).hasValueSatisfying(c -> assertThat(c.trimCode()).isEqualTo("E5-LR"));
	}

	@Test
	void codesAreFoundHoweverTheyAreTyped() {
		String code = configureWith(new ArrayDeque<>(List.of(new ShareCodes().next())));
		String typed = " " + code.substring(0, 4).toLowerCase(Locale.ROOT) + "-" + code.substring(4) + " ";
		assertThat(this.configurations.find(typed)).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(code));
		assertThat(this.configurations.find("O0I1L")).isEmpty();
		assertThat(this.configurations.find("22222222")).isEmpty();
	}

	private String configureWith(ArrayDeque<String> codes) {
		VehicleConfigurator configurator = new VehicleConfigurator(this.snapshots, this.stored, this.messages,
				this.audit, this.clock, codes::poll);
		ConfigurationOutcome outcome = CurrentAccess.asSystem(() -> new TransactionTemplate(this.transactions)
			.execute(status -> configurator.configurePublicly(E5, true, Locale.ENGLISH)));
		return ((ConfigurationOutcome.Priced) outcome).configuration().code();
	}

}
