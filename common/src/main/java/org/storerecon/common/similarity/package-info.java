/** Character-level similarity of short Chinese texts: {@link org.storerecon.common.similarity.TextSimilarity}. */
package org.storerecon.common.similarity;
