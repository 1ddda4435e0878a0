/** Canonical Chinese phone numbers from free-text contact fields: {@link org.storerecon.common.phone.Phones}. */
package org.storerecon.common.phone;
