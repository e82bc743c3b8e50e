package io.forecourt.network.domain;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The OEM at the top of a new production installation's network: regions and dealers hang
 * from it, and without demo data nothing else creates it. When no OEM exists and
 * {@code forecourt.bootstrap.oem-code}, {@code oem-name-zh} and {@code oem-name-en}
 * ({@code FORECOURT_OEM_CODE}, {@code FORECOURT_OEM_NAME_ZH},
 * {@code FORECOURT_OEM_NAME_EN}) are set, it is created; once one exists they are
 * ignored. Instances starting together create one: the code is unique.
 */
@Component
@Order(51)
@ConditionalOnBooleanProperty(name = "forecourt.demo.enabled", havingValue = false)
class FirstOem implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstOem.class);

	private final Oems oems;

	private final Clock clock;

	private final String code;

	private final String nameZh;

	private final String nameEn;

	FirstOem(Oems oems, Clock clock, @Value("${forecourt.bootstrap.oem-code:}") String code,
			@Value("${forecourt.bootstrap.oem-name-zh:}") String nameZh,
			@Value("${forecourt.bootstrap.oem-name-en:}") String nameEn) {
		this.oems = oems;
		this.clock = clock;
		this.code = code.strip();
		this.nameZh = nameZh.strip();
		this.nameEn = nameEn.strip();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.code.isEmpty() || this.oems.theOem().isPresent()) {
			return;
		}
		if (!this.code.matches("[A-Z0-9][A-Z0-9_-]{1,19}") || this.nameZh.isEmpty() || this.nameZh.length() > 100
				|| this.nameEn.isEmpty() || this.nameEn.length() > 100) {
			throw new IllegalStateException("forecourt.bootstrap.oem-code must be 2 to 20 capital letters, digits, _"
					+ " or -, and oem-name-zh and oem-name-en 1 to 100 characters each");
		}
		try {
			this.oems.create(this.code, this.nameZh, this.nameEn, this.clock.instant());
			log.info("Created the OEM {} ({} / {}) from forecourt.bootstrap.oem-*", this.code, this.nameZh,
					this.nameEn);
		}
		catch (DataIntegrityViolationException ex) {
			log.info("OEM {} not created here: another instance created it first", this.code);
		}
	}

}
