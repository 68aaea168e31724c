/**
 * What a business event must say for the client to be told about it (see
 * {@link io.estante.shared.notices.ClientNotice}).
 */
package io.estante.shared.notices;
