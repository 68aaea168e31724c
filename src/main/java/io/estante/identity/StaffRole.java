package io.estante.identity;

/**
 * What a staff member may do; permissions per role are decided in one place,
 * {@code Permissions}.
 */
public enum StaffRole {

	OWNER, BILLING, SUPPORT, READ_ONLY

}
