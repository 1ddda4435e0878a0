/** The administrative division an address or name names: {@link org.storerecon.common.address.AddressDivisions}. */
package org.storerecon.common.address;
