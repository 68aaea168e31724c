package io.estante.clients;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A phone number in E.164 ({@code +5491155551234}), the form WhatsApp's Cloud API takes.
 * Parsed with libphonenumber; numbers written without a country code are read as
 * Argentine.
 */
public record PhoneNumber(String e164) {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	public PhoneNumber {
		if (e164 == null || !e164.matches("\\+[1-9]\\d{6,14}")) {
			throw new IllegalArgumentException("Not an E.164 number: " + e164);
		}
	}

	/**
	 * Parses what a person typed; throws {@link InvalidPhoneNumber} when it is not a
	 * valid number.
	 */
	public static PhoneNumber parse(String input, String defaultRegion) {
		if (input == null || input.isBlank()) {
			throw new InvalidPhoneNumber(input);
		}
		try {
			Phonenumber.PhoneNumber parsed = UTIL.parse(input.trim(), defaultRegion == null ? "AR" : defaultRegion);
			if (!UTIL.isValidNumber(parsed)) {
				throw new InvalidPhoneNumber(input);
			}
			return new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
		}
		catch (NumberParseException ex) {
			throw new InvalidPhoneNumber(input);
		}
	}

	public static PhoneNumber parse(String input) {
		return parse(input, "AR");
	}

	/**
	 * One key for the forms the same line takes: WhatsApp writes Argentine mobiles as
	 * 549…, people often register them as 54… (without the 9) or typed the old 15 prefix
	 * (which libphonenumber already folds into the 9); Mexico's old 521… works the same
	 * way. Inbound messages are matched to clients on this key.
	 */
	public String matchKey() {
		String digits = digits();
		if (digits.startsWith("549")) {
			return "54" + digits.substring(3);
		}
		if (digits.startsWith("521") && digits.length() == 13) {
			return "52" + digits.substring(3);
		}
		return digits;
	}

	/**
	 * The digits WhatsApp uses as {@code wa_id} and in {@code wa.me} links (no plus
	 * sign).
	 */
	public String digits() {
		return e164.substring(1);
	}

	@Override
	public String toString() {
		return e164;
	}

}
