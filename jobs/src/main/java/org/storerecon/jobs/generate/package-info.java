/**
 * The synthetic data generator ({@code storerecon generate}): {@link
 * org.storerecon.jobs.generate.GenerateDataset} and its Spark implementation, with every knob in
 * {@link org.storerecon.jobs.generate.GeneratorSettings} ({@code storerecon.generate} in
 * {@code conf/application.conf}).
 *
 * <p>Output folder: {@code shops.csv}, {@code entities.csv}, {@code brands.csv}, {@code labels.csv},
 * {@code brand_labels.csv} (UTF-8, header row, RFC 4180, contract column order), {@code
 * manifest.json} and, with {@code --dirty}, {@code dirty_rows.csv}.
 *
 * <p>{@code manifest.json}: {@code seed}; {@code sizes} (shops, entities, brands requested);
 * {@code records} (data records per file); {@code counts} (phenomena, dotted keys:
 * {@code entities.type.*}, {@code entities.status.*}, {@code entities.legacy_reg_no_only},
 * {@code entities.reg_no_with_uscc}, {@code entities.former_names}, {@code entities.bracketed_region},
 * {@code entities.confuser.other_city|one_char}, {@code entities.phone.*}; {@code shops.total},
 * {@code shops.platform.*}, {@code shops.operator.registered|unregistered|individual_seller},
 * {@code shops.code_shown}, {@code shops.code_shown.reg_no}, {@code shops.code_mistyped},
 * {@code shops.name_only}, {@code shops.name_only.exact|former_name|dropped_region|bracket|org_form|width|traditional},
 * {@code shops.no_licence}, {@code shops.licence_misuse}, {@code shops.individual_no_licence},
 * {@code shops.unregistered.*}, {@code shops.open_with_inactive_operator.*},
 * {@code shops.operator_is_confuser}, {@code shops.status.closed}, {@code shops.shop_type.*},
 * {@code shops.main_category.missing}; {@code brands.total}, {@code brands.tier.*},
 * {@code brands.latin}, {@code brands.licensees}, {@code brands.usage.owner|licensee|unrelated_claim|unrelated_descriptive},
 * {@code brands.usage.obfuscated.spaced|full_width|traditional|look_alike}, {@code brands.usage.substring_trap};
 * {@code brand_labels.lead_true|lead_false|out_of_scope}, {@code brand_labels.relation.*};
 * {@code labels.not_registered}, {@code labels.reg_no_key}; {@code dirty.<fault>});
 * {@code dirty} (per fault: {@code count}, {@code expected_reason}); {@code notes}; {@code settings}.
 *
 * <p>{@code dirty_rows.csv}: {@code fault,expected_reason,needle}, one row per faulty record of
 * shops.csv; {@code expected_reason} is a {@link org.storerecon.common.contract.ReasonCode} name or
 * empty for tolerated faults; {@code needle} is a {@code DIRTY-nnnn} marker in shop_name that occurs
 * in that record only, or for duplicates the shop_id the copy shares with the earlier original.
 */
package org.storerecon.jobs.generate;
