package io.estante.shared.security;

/**
 * The second factor of an account, for modules that ask again before a sensitive action
 * ({@code ClientManagement.confirmIdentity}); identity implements it. Kept in shared so
 * clients need not depend on identity (identity listens to clients' events).
 */
public interface SecondFactors {

	/** True once the account confirmed its two-factor enrolment. */
	boolean enrolled(AccountKind kind, long accountId);

	/**
	 * Accepts a current TOTP code (never one already used) or an unused recovery code;
	 * otherwise throws {@link WrongSecondFactor}. Failures count towards the sign-in
	 * throttle, and a throttled account is refused (429) without the code being tried.
	 */
	void verify(AccountKind kind, long accountId, String code);

}
