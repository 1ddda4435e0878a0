/**
 * Protected brands in free text: the brand {@linkplain org.storerecon.common.brand.MatchForm match
 * form} (width, case, spaces and punctuation inside a brand, traditional characters, look-alike
 * digits) and a multi-pattern {@linkplain org.storerecon.common.brand.BrandMatcher matcher} with
 * Latin token boundaries. Pure Java, no Spark.
 */
package org.storerecon.common.brand;
