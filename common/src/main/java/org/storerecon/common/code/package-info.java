/**
 * Identity codes of market entities: the unified social credit code (GB 32100-2015, with the
 * embedded GB 11714 organisation code) and the legacy 15-digit registration number. Entry points:
 * {@link org.storerecon.common.code.IdentityCodes#check(String)} and
 * {@link org.storerecon.common.code.CodeRepair#candidates(String)}.
 */
package org.storerecon.common.code;
