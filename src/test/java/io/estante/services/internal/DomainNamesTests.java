package io.estante.services.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Domain names are stored lower case, in ASCII, and junk is refused. */
class DomainNamesTests {

	@Test
	void normalisesCaseTrailingDotAndInternationalNames() {
		assertThat(DomainNames.normalise(" MiEmpresa.COM.ar. ")).isEqualTo("miempresa.com.ar");
		assertThat(DomainNames.normalise("señal.com")).isEqualTo("xn--seal-hqa.com");
		assertThat(DomainNames.normalise("radio-fm.online")).isEqualTo("radio-fm.online");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "localhost", "-bad.com", "bad-.com", "a..com", "spaces here.com", "x.c",
			"under_score.com", "http://x.com" })
	void refusesWhatIsNotADomainName(String text) {
		assertThat(DomainNames.normalise(text)).isNull();
	}

}
