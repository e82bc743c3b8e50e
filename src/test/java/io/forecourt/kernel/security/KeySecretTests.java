package io.forecourt.kernel.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which secrets are well formed: those the documented pattern matches, no others. */
class KeySecretTests {

	private static final Pattern DOCUMENTED = Pattern.compile("fc_[A-Za-z0-9_-]{32,100}");

	@Test
	void aSecretIsWellFormedExactlyWhenTheDocumentedPatternMatchesIt() {
		List<String> candidates = new ArrayList<>(List.of("", "fc_", "FC_" + "a".repeat(40), "fc-" + "a".repeat(40),
				"fc_" + "a".repeat(31), "fc_" + "a".repeat(32), "fc_" + "a".repeat(100), "fc_" + "a".repeat(101),
				"fc_" + "a".repeat(39) + "\n", "fc_" + "a".repeat(39) + " ", "fc_" + "é".repeat(40),
				"fc_" + "１".repeat(40), "x" + KeySecret.generate().value()));
		Random random = new Random(7);
		String alphabet = "Aaz09-_+/= .~é";
		for (int n = 0; n < 5_000; n++) {
			StringBuilder secret = new StringBuilder("fc_");
			int length = 28 + random.nextInt(80);
			for (int i = 0; i < length; i++) {
				// mostly the URL-safe alphabet, now and then a character outside it
				secret.append(random.nextInt(20) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
						: (char) ('a' + random.nextInt(26)));
			}
			candidates.add(secret.toString());
		}
		int wellFormed = 0;
		for (String candidate : candidates) {
			boolean expected = DOCUMENTED.matcher(candidate).matches();
			assertThat(KeySecret.isWellFormed(candidate)).as(candidate).isEqualTo(expected);
			wellFormed += expected ? 1 : 0;
		}
		assertThat(wellFormed).isBetween(100, candidates.size() - 100);
		assertThat(KeySecret.isWellFormed(KeySecret.generate().value())).isTrue();
		assertThat(KeySecret.isWellFormed(null)).isFalse();
	}

}
