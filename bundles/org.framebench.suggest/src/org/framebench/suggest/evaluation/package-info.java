/**
 * Measuring attribution suggestions against a gold set: {@link org.framebench.suggest.evaluation.GoldSet} reads
 * the gold format (per article a list of {@code {id, source, cue, content}} records, each part
 * {@code {begin, end, text, code}} or null, UTF-16 offsets), and {@link
 * org.framebench.suggest.evaluation.AttributionEvaluator} gives precision, recall and F1 per part and per code.
 */
package org.framebench.suggest.evaluation;
