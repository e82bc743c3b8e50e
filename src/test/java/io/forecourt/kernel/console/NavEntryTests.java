package io.forecourt.kernel.console;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class NavEntryTests {

	private static final ForecourtPrincipal CONSULTANT = new ForecourtPrincipal("c", "c", ForecourtPrincipal.Kind.USER,
			Set.of(Role.SALES_CONSULTANT), AccessScope.none(), null);

	private final NavEntry dealers = new NavEntry("network.dealers", "network.nav.dealers", "/dealers", 200,
			Permission.NETWORK_READ);

	@Test
	void anEntryWithoutPermissionIsForEverySignedInUserAndNobodyElse() {
		NavEntry home = new NavEntry("console.home", "console.nav.home", "/", 0, null);

		assertThat(home.visibleTo(Optional.of(CONSULTANT))).isTrue();
		assertThat(home.visibleTo(Optional.empty())).isFalse();
	}

	@Test
	void anEntryWithPermissionIsForThoseWhoHoldIt() {
		NavEntry audit = new NavEntry("kernel.audit", "console.nav.audit", "/audit", 1000, Permission.AUDIT_READ);

		assertThat(this.dealers.visibleTo(Optional.of(CONSULTANT))).isTrue();
		assertThat(audit.visibleTo(Optional.of(CONSULTANT))).isFalse();
	}

	@Test
	void anEntryIsActiveOnItsPageAndThePagesBelowIt() {
		assertThat(this.dealers.activeFor("/dealers")).isTrue();
		assertThat(this.dealers.activeFor("/dealers/42/edit")).isTrue();
		assertThat(this.dealers.activeFor("/dealers-archive")).isFalse();
		assertThat(new NavEntry("console.home", "k", "/", 0, null).activeFor("/dealers")).isFalse();
	}

	@Test
	void anEntryLinksInsideTheConsole() {
		assertThatIllegalArgumentException().isThrownBy(() -> new NavEntry("x", "k", "https://example.com", 0, null));
	}

	@Test
	void theMenuIsSortedByOrderAndRejectsDuplicateIds() {
		NavEntry leads = new NavEntry("leads.queue", "leads.nav.queue", "/leads", 100, null);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("dealers", this.dealers);
		beans.addBean("leads", leads);

		assertThat(new ConsoleNavigation(beans.getBeanProvider(NavEntry.class)).visibleTo(Optional.of(CONSULTANT)))
			.isEqualTo(List.of(leads, this.dealers));

		beans.addBean("again", new NavEntry("leads.queue", "k", "/other", 5, null));
		assertThatIllegalStateException().isThrownBy(() -> new ConsoleNavigation(beans.getBeanProvider(NavEntry.class)))
			.withMessageContaining("leads.queue");
	}

}
