package io.estante.bench;

import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/** One benchmark notice; {@code seq} makes each one distinct. */
public record BenchNotice(long clientId, int seq) implements ClientNotice {

	@Override
	public String moment() {
		return "bench-alert";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("seq", String.valueOf(seq));
	}

}
