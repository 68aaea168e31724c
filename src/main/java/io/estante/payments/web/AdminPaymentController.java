package io.estante.payments.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.estante.payments.internal.Gateways;
import io.estante.payments.internal.NotificationLog;

/**
 * Staff's page of gateway notifications: by default the flagged ones (amount or currency
 * that did not match, payments on closed invoices turned into credit, unknown invoices);
 * {@code ?all=true} shows every notification with its verification result.
 */
@Controller
@RequestMapping("/admin/payments")
@PreAuthorize("hasAuthority('billing:read')")
class AdminPaymentController {

	static final int PAGE = 50;

	private final NotificationLog log;

	private final Gateways gateways;

	AdminPaymentController(NotificationLog log, Gateways gateways) {
		this.log = log;
		this.gateways = gateways;
	}

	@GetMapping
	String notifications(@RequestParam(defaultValue = "false") boolean all,
			@RequestParam(required = false) Long invoiceId, @RequestParam(required = false) Long before, Model model) {
		List<NotificationLog.Entry> entries = log.find(new NotificationLog.Query(!all, invoiceId, before, PAGE + 1));
		model.addAttribute("entries", entries.size() > PAGE ? entries.subList(0, PAGE) : entries);
		model.addAttribute("older", entries.size() > PAGE ? entries.get(PAGE - 1).id() : null);
		model.addAttribute("all", all);
		model.addAttribute("invoiceId", invoiceId);
		model.addAttribute("enabled", gateways.enabled().stream().map(g -> g.label()).toList());
		return "admin/payments/notifications";
	}

}
