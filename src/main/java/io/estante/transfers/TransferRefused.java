package io.estante.transfers;

import java.util.List;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A transfer cannot start (or be carried out): every unmet condition is listed, each with
 * its arguments for the message (invoice numbers, the service's status).
 */
public class TransferRefused extends BusinessException {

	/** One unmet condition and the arguments of its message. */
	public record Unmet(TransferCondition condition, List<String> arguments) {

		public Unmet {
			arguments = List.copyOf(arguments);
		}

		public static Unmet of(TransferCondition condition, String... arguments) {
			return new Unmet(condition, List.of(arguments));
		}

	}

	private final transient List<Unmet> unmet;

	public TransferRefused(List<Unmet> unmet) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "transfers.refused", unmet.size());
		this.unmet = List.copyOf(unmet);
	}

	public List<Unmet> unmet() {
		return unmet;
	}

}
