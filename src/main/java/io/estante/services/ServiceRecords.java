package io.estante.services;

/**
 * Removing a service's record from the database (staff deleting a domain record kept by
 * mistake or moved away): the row, its history, renewal claims and provisioning to-dos.
 * Invoices keep their lines; the audit trail keeps who deleted what.
 */
public interface ServiceRecords {

	/** Deletes the service; an unknown id is {@code NotFound}. */
	void delete(long serviceId, String reason);

}
