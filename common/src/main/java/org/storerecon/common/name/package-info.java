/**
 * Chinese company and shop names: {@link org.storerecon.common.name.NameNormalizer},
 * {@link org.storerecon.common.name.CompanyNameParser} and
 * {@link org.storerecon.common.name.ShopNameParser}. Dictionaries are resources next to these
 * classes, loaded once into static singletons (call {@code standard()} on executors).
 */
package org.storerecon.common.name;
