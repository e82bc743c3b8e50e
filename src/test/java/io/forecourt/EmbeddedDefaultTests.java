package io.forecourt;

import io.forecourt.kernel.security.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The README's run command on the embedded default: an H2 database in PostgreSQL mode
 * (here in memory instead of ./data), every migration applied, the demo data seeded, and
 * the demo key usable. The rest of the suite runs on PostgreSQL, so this is what keeps
 * the migrations portable.
 */
@SpringBootTest(properties = { "forecourt.test.database=as-configured",
		"spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
class EmbeddedDefaultTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	io.forecourt.identity.CustomerIdentification identification;

	@Autowired
	io.forecourt.identity.domain.CustomerAdministration customers;

	@Test
	void theEmbeddedDefaultRunsOnH2WithTheDemoNetworkAndSignIns() throws Exception {
		assertThat(this.jdbc.sql("SELECT H2VERSION()").query(String.class).single()).isNotBlank();
		assertThat(this.jdbc.sql("SELECT count(*) FROM dealers").query(Long.class).single()).isEqualTo(14);
		assertThat(this.accounts.findUserByUsername("hq.ops")).isPresent();
		this.mvc
			.perform(get("/api/v1/dealers").param("q", "SH-001")
				.header("Authorization", "Bearer fc_demo_integrator_0000000000000000000000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].nameZh").value("上海虹桥前庭汽车4S店"));
	}

	@Test
	void customersResolveMergeAndShowTheirWholeGroupOnH2() {
		var phone = io.forecourt.identity.Identifier.phone("13912340001");
		var app = io.forecourt.identity.Identifier.appUser("h2-app-user-1");
		var first = this.identification.resolve(io.forecourt.identity.ResolutionRequest.of("test", phone));
		var second = this.identification.resolve(io.forecourt.identity.ResolutionRequest.of("test", app));
		var both = this.identification.resolve(io.forecourt.identity.ResolutionRequest.of("test", phone, app));

		assertThat(both.merged()).containsExactly(second.customerId());
		var view = io.forecourt.kernel.tenancy.CurrentAccess.asSystem(() -> this.customers.view(second.customerId()));
		assertThat(view.id()).isEqualTo(first.customerId());
		assertThat(view.identities()).hasSize(2);
	}

	@Test
	void theApiDocumentDeclaresBearerAuthentication() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
			.andExpect(jsonPath("$.paths['/api/v1/dealers/{id}']").exists());
	}

}
