package io.forecourt.kernel.contact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTests {

	@ParameterizedTest
	@ValueSource(
			strings = { "li.wei@example.com", " Li.Wei@Example.COM ", "LI.WEI@EXAMPLE.COM\t", "ｌｉ.ｗｅｉ＠ｅｘａｍｐｌｅ.ｃｏｍ" })
	void everyWayOfTypingTheSameAddressNormalisesToOne(String typed) {
		assertThat(EmailAddress.parse(typed).value()).isEqualTo("li.wei@example.com");
	}

	@Test
	void anInternationalisedDomainIsLowerCasedAndKeptInUnicode() {
		assertThat(EmailAddress.parse("Kunde@Bücher.DE").value()).isEqualTo("kunde@bücher.de");
		assertThat(EmailAddress.parse("用户@例子.中国").domain()).isEqualTo("例子.中国");
	}

	@Test
	void gmailDotsAndTagsAreKeptBecauseThatRuleIsNotUniversal() {
		EmailAddress address = EmailAddress.parse("Li.Wei+cars@gmail.com");

		assertThat(address.value()).isEqualTo("li.wei+cars@gmail.com");
		assertThat(address).isNotEqualTo(EmailAddress.parse("liwei@gmail.com"));
	}

	@Test
	void theLocalPartAndDomainAreSplitAtTheAt() {
		EmailAddress address = EmailAddress.parse("zhang.san@mail.qq.com");

		assertThat(address.localPart()).isEqualTo("zhang.san");
		assertThat(address.domain()).isEqualTo("mail.qq.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "li.wei", "li.wei@", "@example.com", "li@wei@example.com", "li wei@example.com",
			"li.wei@localhost", "li.wei@example.", "li.wei@.example.com", "li.wei@example..com" })
	void somethingThatIsNotAnAddressIsRejected(String typed) {
		assertThatThrownBy(() -> EmailAddress.parse(typed)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not an email address");
	}

	@Test
	void anAddressLongerThan254CharactersIsRejected() {
		String domain = "@example.com";
		String longest = "a".repeat(254 - domain.length()) + domain;

		assertThat(EmailAddress.parse(longest).value()).hasSize(254);
		assertThatThrownBy(() -> EmailAddress.parse("a" + longest)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("at most 254");
	}

	@Test
	void onlyTheNormalisedFormCanBeConstructedDirectly() {
		assertThatThrownBy(() -> new EmailAddress("Li.Wei@example.com")).isInstanceOf(IllegalArgumentException.class);
	}

}
