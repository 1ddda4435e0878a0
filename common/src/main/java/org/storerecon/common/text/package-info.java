/** Small text utilities shared by the domain library: dictionary resources and a character trie. */
package org.storerecon.common.text;
