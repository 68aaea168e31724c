package io.estante.clients;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/** What was typed is not a phone number we can send WhatsApp messages to. */
public class InvalidPhoneNumber extends BusinessException {

	public InvalidPhoneNumber(String input) {
		super(HttpStatus.BAD_REQUEST, "clients.phone.invalid", input);
	}

}
